package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./platform publish-demo} publishes a year as the demo controller: it logs in on Keycloak's page, publishes
 * through the gateway with the reason recorded, and the committee then reads that release.
 */
class PublishDemoIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final int YEAR = 2023;

    @Test
    void publishesTheYearAsTheControllerWithTheReasonRecordedAndTheCommitteeReadsIt() {
        String reason = "Demo for komiteen " + UUID.randomUUID();

        Run run = platform("publish-demo", String.valueOf(YEAR), reason);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Published Årsberetning " + YEAR + " as release ", reason,
                "log in as committee");
        JsonNode latest = Calls.body(Calls.get(Platform.GATEWAY, "/api/published/" + YEAR, Tokens.forUser("committee")));
        JsonNode release = latest.get("release");
        assertThat(run.output()).contains("as release " + release.get("number").asInt() + ",");
        assertThat(release.get("overrideReason").asString()).isEqualTo(reason);
        assertThat(release.get("publishedBy").asString()).isEqualTo("controller");
    }

    @Test
    void withoutAYearItPublishesTheNewestAndWithoutAReasonItRecordsTheDemoReason() {
        Run run = platform("publish-demo");

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode release = Calls.body(Calls.get(Platform.GATEWAY, "/api/published/" + YEAR, Tokens.forUser("committee"))).get("release");
        assertThat(run.output()).contains("Published Årsberetning " + YEAR + " as release " + release.get("number").asInt());
        assertThat(release.get("overrideReason").asString()).startsWith("Demo: publisert med ./platform publish-demo");
    }

    @Test
    void refusesWhenTheYearCannotBePublishedAndSaysWhy() {
        Run run = platform("publish-demo", "1999");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("publish-demo: publishing 1999 was refused: ");
    }

    private static Run platform(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("platform").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("PLATFORM_STATE_DIR", Platform.STATE.toAbsolutePath().toString());
        builder.environment().put("PORT_OFFSET", String.valueOf(Platform.OFFSET));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("./platform publish-demo finished").isTrue();
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exitCode, String output) {
    }
}
