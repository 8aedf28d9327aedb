package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Publishing a year through the gateway as the controller, the one way the suites set up a release: the demo
 * data has known errors, so every publish gives an override reason, and every call its own idempotency key.
 */
public final class Releases {

    private Releases() {
    }

    /** Publishes the year's report now; the answer as it came (201 with the release, or a problem). */
    public static HttpResponse<String> publish(int year, String overrideReason) {
        String body = Tokens.JSON.writeValueAsString(Map.of("overrideReason", overrideReason));
        return Calls.send("POST", Platform.GATEWAY, "/api/releases/" + year, Tokens.forUser("controller"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()), "application/json",
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes the year unless it has a release already, so that tests in any order find one. */
    public static void ensurePublished(int year, String overrideReason) {
        if (Api.json(Calls.get(Platform.GATEWAY, "/api/releases/" + year, Tokens.forUser("controller"))).isEmpty()) {
            HttpResponse<String> published = publish(year, overrideReason);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        }
    }
}
