package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import no.arsberetning.e2e.FaultHttp.Timed;
import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The platform as replicas: a second gateway and a second services-goals-service, started from the same jars on other
 * ports ({@code ./platform replica}), beside the first ones, sharing MongoDB, Redis and Keycloak. A browser session
 * opened on one gateway works on the other and outlives the gateway it was opened on; the same import sent to both
 * service instances at once is applied once; two publishes at once, one through each gateway, get two numbers; a write
 * through one gateway is in the other's next composed answer; no answer is a 5xx.
 */
class ReplicasIT {

    private static final int SECOND_GATEWAY_PORT = 8090;
    private static final int SECOND_SERVICE_PORT = 8094;
    private static final URI SECOND_GATEWAY = Platform.local(SECOND_GATEWAY_PORT);
    private static final URI SECOND_SERVICE = Platform.local(SECOND_SERVICE_PORT);
    private static final Service SERVICE = Service.SERVICES_GOALS;
    private static final String PROGRAM = "services-goals-service";

    @BeforeAll
    static void startTheReplicas() {
        PlatformControl.replica("gateway", SECOND_GATEWAY_PORT + Platform.OFFSET);
        PlatformControl.replica(PROGRAM, SECOND_SERVICE_PORT + Platform.OFFSET);
    }

    @AfterAll
    static void stopTheReplicas() {
        PlatformControl.stop("gateway@" + (SECOND_GATEWAY_PORT + Platform.OFFSET));
        PlatformControl.stop(PROGRAM + "@" + (SECOND_SERVICE_PORT + Platform.OFFSET));
    }

    /**
     * The first gateway has just learnt every service's version of the year; a cell written through the second is in
     * the first one's very next composed report all the same (the gateways count writes in Redis).
     */
    @Test
    void aCellWrittenThroughOneGatewayIsInTheOthersVeryNextReport() {
        String staff = Tokens.forUser("staff");
        String controller = Tokens.forUser("controller");
        HttpResponse<String> table = Api.get(Platform.GATEWAY, VersionedReportIT.TABLE, controller);
        String original = VersionedReportIT.cellText(Api.json(table));
        String written = original.equals("-1 234") ? "-1 235" : "-1 234";
        assertThat(VersionedReportIT.printed(Api.json(Api.get(Platform.GATEWAY, "/api/reports/2023", staff)))).isEqualTo(original);

        HttpResponse<String> patched = Calls.json("PATCH", SECOND_GATEWAY, VersionedReportIT.TABLE + "/cells", controller,
                table.headers().firstValue("ETag").orElseThrow(), VersionedReportIT.CELL.formatted(written));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        try {
            assertThat(VersionedReportIT.printed(Api.json(Api.get(Platform.GATEWAY, "/api/reports/2023", staff))))
                    .as("the first gateway's next report").isEqualTo(written);
        } finally {
            HttpResponse<String> restored = Calls.json("PATCH", Platform.GATEWAY, VersionedReportIT.TABLE + "/cells", controller,
                    patched.headers().firstValue("ETag").orElseThrow(), VersionedReportIT.CELL.formatted(original));
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
    }

    /**
     * Opened on the first gateway (Keycloak sends the browser back to the gateway's one registered address, as the
     * ingress's address is in production), then used on the second, and on the second still after the first died.
     */
    @Test
    void aBrowserSessionOpenedOnOneGatewayWorksOnTheOtherAndOutlivesIt() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.loginThrough(Platform.GATEWAY.resolve("/"), "staff", Platform.password("staff"), null);
        assertThat(page.statusCode()).isEqualTo(200);

        for (URI gateway : List.of(Platform.GATEWAY, SECOND_GATEWAY)) {
            HttpResponse<String> me = browser.get(gateway.resolve("/api/me"), "application/json");
            assertThat(me.statusCode()).as(gateway + ": " + me.body()).isEqualTo(200);
            assertThat(Api.json(me).get("username").asString()).isEqualTo("staff");
        }

        PlatformControl.kill("gateway");
        try {
            HttpResponse<String> me = browser.get(SECOND_GATEWAY.resolve("/api/me"), "application/json");
            assertThat(me.statusCode()).as("the session after the gateway it was opened on died: " + me.body()).isEqualTo(200);
            assertThat(Api.json(me).get("username").asString()).isEqualTo("staff");
            for (Service service : Service.values()) {
                HttpResponse<String> years = browser.get(SECOND_GATEWAY.resolve(service.yearsPath()), "application/json");
                assertThat(years.statusCode()).as(service + ", the token relayed from the shared session: " + years.body())
                        .isEqualTo(200);
            }
        } finally {
            PlatformControl.startAll();
        }
    }

    @Test
    void theSameImportSentToBothInstancesAtOnceIsAppliedOnce() throws Exception {
        String controller = Tokens.forUser("controller");
        String table = Api.json(Api.get(SERVICE.direct, "/api/" + SERVICE.api + "/2023/tables", controller)).get(0).get("key").asString();
        String template = "/api/" + SERVICE.api + "/2023/template.xlsx?tables=" + table;
        String imports = "/api/" + SERVICE.api + "/2023/imports";
        byte[] original = FaultHttp.bytes(SERVICE.direct, template, controller);
        byte[] changed = ImportFiles.withEveryNumber(original, "7 003");
        long versionBefore = version(table, controller);

        try {
            CompletableFuture<HttpResponse<String>> first = FaultHttp.sendAsync(
                    FaultHttp.upload(SERVICE.direct, imports, controller, "samme-fil.xlsx", changed));
            CompletableFuture<HttpResponse<String>> second = FaultHttp.sendAsync(
                    FaultHttp.upload(SECOND_SERVICE, imports, controller, "samme-fil.xlsx", changed));
            List<HttpResponse<String>> answers = List.of(first.join(), second.join());

            List<Integer> applied = new ArrayList<>();
            for (HttpResponse<String> answer : answers) {
                assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409);
                if (answer.statusCode() == 200) {
                    applied.add(Api.json(answer).get("cellsChanged").asInt());
                }
            }
            assertThat(applied.stream().filter(cells -> cells > 0)).as("imports that changed cells: " + answers.stream()
                    .map(HttpResponse::body).toList()).hasSize(1);
            assertThat(version(table, controller)).as("the table was saved once").isEqualTo(versionBefore + 1);
            assertThat(ImportFiles.sheets(FaultHttp.bytes(SECOND_SERVICE, template, controller)))
                    .isEqualTo(ImportFiles.sheets(changed));
        } finally {
            Timed restored = FaultHttp.timed(FaultHttp.upload(SERVICE.direct, imports, controller, "mal.xlsx", original));
            assertThat(restored.status()).as(restored.response().body()).isEqualTo(200);
        }
        assertThat(ImportFiles.sheets(FaultHttp.bytes(SECOND_SERVICE, template, controller)))
                .isEqualTo(ImportFiles.sheets(original));
    }

    @Test
    void twoPublishesAtOnceThroughTwoGatewaysGetTwoNumbers() {
        String controller = Tokens.forUser("controller");
        String body = "{\"overrideReason\":\"Publisert fra to gatewayer samtidig (replikatest).\"}";
        CompletableFuture<HttpResponse<String>> first = FaultHttp.sendAsync(publish(Platform.GATEWAY, controller, body));
        CompletableFuture<HttpResponse<String>> second = FaultHttp.sendAsync(publish(SECOND_GATEWAY, controller, body));

        List<Integer> numbers = new ArrayList<>();
        for (HttpResponse<String> answer : List.of(first.join(), second.join())) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            numbers.add(Api.json(answer).get("number").asInt());
        }
        assertThat(numbers).doesNotHaveDuplicates();
        JsonNode releases = Api.json(Api.get(Platform.GATEWAY, "/api/releases/2023", controller));
        List<Integer> listed = new ArrayList<>();
        releases.forEach(release -> listed.add(release.get("number").asInt()));
        assertThat(listed).containsAll(numbers);
    }

    private static HttpRequest publish(URI gateway, String token, String body) {
        return HttpRequest.newBuilder(gateway.resolve("/api/releases/2023"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The table's version as the year's list of tables gives it. */
    private static long version(String table, String token) {
        Timed read = FaultHttp.get(SERVICE.direct, "/api/" + SERVICE.api + "/2023/tables", token);
        assertThat(read.status()).isEqualTo(200);
        for (JsonNode summary : read.json()) {
            if (summary.get("key").asString().equals(table)) {
                return summary.get("version").asLong();
            }
        }
        throw new AssertionError("no table " + table);
    }
}
