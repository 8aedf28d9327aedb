package no.arsberetning.e2e;

import static no.arsberetning.e2e.FaultHttp.assertProblem;
import static no.arsberetning.e2e.FaultHttp.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import no.arsberetning.e2e.FaultHttp.Timed;

/**
 * A service that crashes ({@code kill -9}) and a service that hangs ({@code SIGSTOP}): the composed report
 * still answers at once with only that service's chapter marked unavailable, the service's routed API is a
 * problem document (503 / 504), never a bare 500, and everything recovers when the service is back.
 */
class ServiceOutageFaultIT {

    private static final Duration RECOVERY = Duration.ofMinutes(2);

    @BeforeEach
    void everythingIsUp() {
        String token = Tokens.forUser("staff");
        await("the composed report is complete before the fault", RECOVERY, () -> FaultHttp.reportComplete(token));
    }

    @Test
    void aKilledServiceCostsItsChapterAndItsApiIsA503UntilItIsRestarted() {
        String token = Tokens.forUser("staff");
        PlatformControl.kill("climate-service");
        try {
            Timed report = FaultHttp.get(Platform.GATEWAY, "/api/reports/2023", token);
            System.out.printf("[faults] killed climate-service: report %d in %d ms%n", report.status(), report.millis());
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.millis()).as("the report answers within about a second").isLessThan(1500);
            assertOnlyUnavailable(report.json(), 2, "Klimatjenesten");

            Timed routed = FaultHttp.get(Platform.GATEWAY, "/api/climate/years", token);
            System.out.printf("[faults] killed climate-service: routed call %d in %d ms%n", routed.status(), routed.millis());
            assertProblem(routed, 503);
            assertThat(routed.response().headers().firstValue("Retry-After")).isPresent();
            assertThat(routed.millis()).isLessThan(1500);
        } finally {
            PlatformControl.startAll();
        }
        await("the climate chapter is back in the report", RECOVERY, () -> FaultHttp.reportComplete(token));
        assertThat(FaultHttp.get(Platform.GATEWAY, "/api/climate/years", token).status()).isEqualTo(200);
    }

    @Test
    void aHangingServiceCostsItsChapterWithinTheTimeLimitAndItsApiTimesOutAsA504() {
        String token = Tokens.forUser("staff");
        PlatformControl.freeze("hr-service");
        try {
            Timed report = FaultHttp.get(Platform.GATEWAY, "/api/reports/2023", token);
            System.out.printf("[faults] frozen hr-service: report %d in %d ms%n", report.status(), report.millis());
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.millis()).as("within the composition's time limit (1.2 s) and a little").isLessThan(2500);
            assertOnlyUnavailable(report.json(), 1, "Arbeidsgivertjenesten");

            Timed again = FaultHttp.get(Platform.GATEWAY, "/api/reports/2023", token);
            System.out.printf("[faults] frozen hr-service: second report %d in %d ms%n", again.status(), again.millis());
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.millis()).isLessThan(2500);

            Timed routed = FaultHttp.get(Platform.GATEWAY, "/api/hr/years", token);
            System.out.printf("[faults] frozen hr-service: routed call %d in %d ms%n", routed.status(), routed.millis());
            assertProblem(routed, 504);
            assertThat(routed.millis()).as("the gateway's response timeout, not the client's").isLessThan(15_000);
        } finally {
            PlatformControl.thaw("hr-service");
        }
        await("the hr chapter is back in the report", RECOVERY, () -> FaultHttp.reportComplete(token));
        assertThat(FaultHttp.get(Platform.GATEWAY, "/api/hr/years", token).status()).isEqualTo(200);
    }

    /** The one source is unavailable and its chapter says so; every other source is complete. */
    private static void assertOnlyUnavailable(JsonNode report, int source, String serviceTitle) {
        assertThat(report.get("chapters").size()).isEqualTo(19);
        JsonNode sources = report.get("sources");
        for (int i = 0; i < sources.size(); i++) {
            assertThat(sources.get(i).get("available").asBoolean()).as(sources.get(i).toString()).isEqualTo(i != source);
        }
        int chapter = source == 3 ? 3 : source;
        assertThat(report.at("/chapters/" + chapter + "/sections/0/title").asString()).isEqualTo("Ikke tilgjengelig");
        assertThat(report.at("/chapters/" + chapter + "/sections/0/blocks/0/html").asString()).contains(serviceTitle);
        for (int i = 0; i < 19; i++) {
            if (i != chapter) {
                assertThat(report.at("/chapters/" + i + "/sections/0/title").asString()).as("chapter " + (i + 1))
                        .isNotEqualTo("Ikke tilgjengelig");
            }
        }
    }
}
