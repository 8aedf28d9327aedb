package no.arsberetning.e2e;

import static no.arsberetning.e2e.FaultHttp.assertProblem;
import static no.arsberetning.e2e.FaultHttp.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import no.arsberetning.e2e.FaultHttp.Timed;
import no.arsberetning.e2e.Platform.Service;

/**
 * The MongoDB server stopped: every service's API answers 503 problem JSON within about a second (reads
 * and writes, directly and through the gateway), a write is not half done, the report still answers with
 * the chapters marked unavailable, and when MongoDB is back the services recover without a restart.
 */
class MongoFaultIT {

    private static final String TABLE = "/api/finance/2023/tables/1.1";
    private static final String CELL = "{\"row\":\"rammetilskudd\",\"column\":\"regnskap-2\",\"text\":\"%s\"}";

    @Test
    void aStoppedDatabaseIsA503WithinASecondWithNothingHalfWrittenAndTheServicesRecoverOnTheirOwn() {
        String controller = Tokens.forUser("controller");
        String staff = Tokens.forUser("staff");
        await("the report is complete before the fault", Duration.ofMinutes(2), () -> FaultHttp.reportComplete(staff));
        Timed before = FaultHttp.get(Service.FINANCE.direct, TABLE, controller);
        assertThat(before.status()).isEqualTo(200);
        String etag = before.response().headers().firstValue("ETag").orElseThrow();
        String original = cellText(before.json());
        Map<String, Long> pids = new HashMap<>();
        for (Service service : Service.values()) {
            pids.put(service.api, PlatformControl.pid(programOf(service)));
        }

        PlatformControl.stop("embedded-mongo");
        try {
            for (Service service : Service.values()) {
                for (URI entrance : new URI[] { service.direct, Platform.GATEWAY }) {
                    for (int attempt = 1; attempt <= 2; attempt++) {
                        Timed read = FaultHttp.get(entrance, "/api/" + service.api + "/2023/report", staff);
                        System.out.printf("[faults] mongo stopped: GET %s%s attempt %d -> %d in %d ms%n", entrance,
                                "/api/" + service.api + "/2023/report", attempt, read.status(), read.millis());
                        assertProblem(read, 503);
                        assertThat(read.response().headers().firstValue("Retry-After")).isPresent();
                        assertThat(read.millis()).as("503 within about a second").isLessThan(1500);
                    }
                }
            }
            Timed write = FaultHttp.send(Platform.GATEWAY, "PATCH", TABLE + "/cells", controller, etag, CELL.formatted("-1 234"));
            System.out.printf("[faults] mongo stopped: PATCH -> %d in %d ms%n", write.status(), write.millis());
            assertProblem(write, 503);
            assertThat(write.millis()).isLessThan(1500);

            Timed report = FaultHttp.get(Platform.GATEWAY, "/api/reports/2023", staff);
            System.out.printf("[faults] mongo stopped: report %d in %d ms%n", report.status(), report.millis());
            assertThat(report.status()).isEqualTo(200);
            for (JsonNode source : report.json().get("sources")) {
                assertThat(source.get("available").asBoolean()).as(source.toString()).isFalse();
            }
        } finally {
            PlatformControl.startAll();
        }

        long back = System.nanoTime();
        await("every service reads its database again", Duration.ofMinutes(1), () -> {
            for (Service service : Service.values()) {
                if (FaultHttp.get(service.direct, "/api/" + service.api + "/2023/report", staff).status() != 200) {
                    return false;
                }
            }
            return true;
        });
        System.out.printf("[faults] mongo back: services answer again after %d ms%n", (System.nanoTime() - back) / 1_000_000);
        for (Service service : Service.values()) {
            assertThat(PlatformControl.pid(programOf(service))).as(service + " was not restarted").isEqualTo(pids.get(service.api));
        }

        Timed after = FaultHttp.get(Service.FINANCE.direct, TABLE, controller);
        assertThat(after.response().headers().firstValue("ETag")).as("the refused write left no trace").contains(etag);
        assertThat(cellText(after.json())).isEqualTo(original);

        Timed retried = FaultHttp.send(Platform.GATEWAY, "PATCH", TABLE + "/cells", controller, etag, CELL.formatted("-1 234"));
        assertThat(retried.status()).as("the same write succeeds now: " + retried.response().body()).isEqualTo(200);
        String changed = retried.response().headers().firstValue("ETag").orElseThrow();
        assertThat(cellText(FaultHttp.get(Service.FINANCE.direct, TABLE, controller).json())).isEqualTo("-1 234");
        Timed restored = FaultHttp.send(Platform.GATEWAY, "PATCH", TABLE + "/cells", controller, changed, CELL.formatted(original));
        assertThat(restored.status()).as(restored.response().body()).isEqualTo(200);
        await("the report is complete again", Duration.ofMinutes(1), () -> FaultHttp.reportComplete(staff));
    }

    private static String cellText(JsonNode table) {
        JsonNode row = table.get("rows").valueStream().filter(r -> r.get("key").asString().equals("rammetilskudd"))
                .findFirst().orElseThrow();
        return row.get("cells").get(1).get("text").asString().replace('\u00a0', ' ');
    }

    static String programOf(Service service) {
        return switch (service) {
            case FINANCE -> "finance-service";
            case HR -> "hr-service";
            case CLIMATE -> "climate-service";
            case SERVICES_GOALS -> "services-goals-service";
        };
    }
}
