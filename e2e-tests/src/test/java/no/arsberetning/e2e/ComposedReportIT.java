package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The platform's main job, end to end with real processes: the gateway composes every service's
 * chapters into the report (JSON, HTML, PDF), survives a service that is down, and publishes releases
 * that the committee portal — and only it of the committee's ways in — reads.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposedReportIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Order(1)
    void theFullDemoReportComesThroughTheGatewayInThePrintedOrder() {
        // The first composition after a start opens connections and fetches keys everywhere; it may
        // degrade (that is what the time limits are for). The second is what people normally get.
        Api.get(Platform.GATEWAY, "/api/reports/2023", Tokens.forUser("staff"));
        HttpResponse<String> response = Api.get(Platform.GATEWAY, "/api/reports/2023", Tokens.forUser("staff"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = Api.json(response);
        assertThat(report.get("chapters").size()).isEqualTo(19);
        for (int i = 0; i < 19; i++) {
            assertThat(report.at("/chapters/" + i + "/number").asString()).isEqualTo(String.valueOf(i + 1));
        }
        for (JsonNode source : report.get("sources")) {
            assertThat(source.get("available").asBoolean()).as(source.toString()).isTrue();
        }
        assertThat(response.body()).contains("\"number\":\"1.1\"", "\"number\":\"2.4\"", "\"number\":\"19.2\"");
    }

    @Test
    @Order(2)
    void checksNameThePrintedTablesTheyConcern() {
        JsonNode findings = Api.json(Api.get(Platform.GATEWAY, "/api/reports/2023/checks", Tokens.forUser("controller")));
        assertThat(findings.size()).isGreaterThan(0);
        assertThat(findings.findValuesAsString("severity")).contains("error");
        for (JsonNode finding : findings) {
            assertThat(finding.has("rule") && finding.has("tables") && finding.has("expected")).as(finding.toString()).isTrue();
        }
    }

    @Test
    @Order(2)
    void crossServiceRulesFindWhatNoSingleServiceCanOnTheDemoData() {
        JsonNode findings = Api.json(Api.get(Platform.GATEWAY, "/api/reports/2023/checks", Tokens.forUser("controller")));
        Function<String, List<JsonNode>> byRule = rule -> findings.valueStream()
                .filter(f -> rule.equals(f.get("rule").asString())).toList();

        // Table 1.2 prints other budgets for some areas than their own chapters do (the printed report's own mistakes).
        assertThat(byRule.apply("area-accounts-match-table-1.2"))
                .anySatisfy(f -> {
                    assertThat(f.get("severity").asString()).isEqualTo("error");
                    assertThat(f.get("tables").toString()).contains("\"1.2\"", "\"9.1\"");
                    assertThat(f.get("areas").toString()).contains("helse-og-omsorg");
                });
        // 9.1's shifted columns are one defect: the service's diagnosis at its deviation and the two budgets 1.2 states
        // otherwise are one finding, led by the comparison with 1.2 (the authoritative value).
        assertThat(findings.valueStream().filter(f -> f.get("tables").toString().contains("\"9.1\"")
                && !"info".equals(f.get("severity").asString())).toList()).singleElement().satisfies(f -> {
                    assertThat(f.get("rule").asString()).isEqualTo("area-accounts-match-table-1.2");
                    assertThat(f.get("severity").asString()).isEqualTo("error");
                    assertThat(f.get("rules").toString()).contains("accounts-revised-equals-actual");
                    assertThat(f.get("places").toString()).contains("\"9.1/", "\"1.2/");
                });
        // 11.1's actual and revised budget are both about 4 million below 1.2's: one row off by one amount, one finding.
        assertThat(findings.valueStream().filter(f -> f.get("tables").toString().contains("\"11.1\"")
                && !"info".equals(f.get("severity").asString())).toList()).singleElement().satisfies(f -> {
                    assertThat(f.get("rule").asString()).isEqualTo("row-off-by-amount");
                    assertThat(f.get("rules").toString()).contains("area-accounts-match-table-1.2");
                    assertThat(f.get("places").toString()).contains("\"11.1/", "\"1.2/");
                });
        // The climate budget and the investment statement (table 1.4) were compared, not skipped.
        assertThat(byRule.apply("climate-investments-match-investment-statement")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.get("tables").toString()).contains("\"1.4\""));
        // Figures both climate and services-goals print (chapter 3 and chapter 19) agree in the demo report.
        assertThat(byRule.apply("same-figure-in-two-services")).hasSize(2)
                .allSatisfy(f -> assertThat(f.get("severity").asString()).as(f.toString()).isEqualTo("info"));
    }

    @Test
    @Order(3)
    void theReportIsAlsoAnAccessibleHtmlDocumentAndAPdf() throws Exception {
        HttpResponse<String> html = send(Platform.GATEWAY.resolve("/reports/2023"), "text/html", Tokens.forUser("staff"),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.body()).contains("lang=\"nb\"", "Tabell 1.1");

        HttpResponse<byte[]> pdf = send(Platform.GATEWAY.resolve("/reports/2023.pdf"), "application/pdf",
                Tokens.forUser("staff"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @Order(4)
    void aStoppedServiceCostsOnlyItsOwnChapter() {
        String token = Tokens.forUser("staff");
        PlatformControl.stop("climate-service");
        try {
            long started = System.nanoTime();
            HttpResponse<String> response = Api.get(Platform.GATEWAY, "/api/reports/2023", token);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(millis).as("answered within about a second").isLessThan(1500);
            JsonNode report = Api.json(response);
            assertThat(report.at("/chapters/2/number").asString()).isEqualTo("3");
            assertThat(report.at("/chapters/2/sections/0/title").asString()).isEqualTo("Ikke tilgjengelig");
            assertThat(report.at("/chapters/2/sections/0/blocks/0/html").asString()).contains("Klimatjenesten");
            assertThat(report.at("/chapters/0/sections").size()).isGreaterThan(1);
            assertThat(report.at("/sources/2/available").asBoolean()).isFalse();
            assertThat(report.at("/sources/0/available").asBoolean()).isTrue();
        } finally {
            PlatformControl.startAll();
        }
    }

    @Test
    @Order(5)
    void aReleaseIsPublishedOnceAndReadByTheCommitteePortal() throws Exception {
        String portal = Tokens.forCommitteePortal();
        String controller = Tokens.forUser("controller");
        if (Api.json(Api.get(Platform.GATEWAY, "/api/releases/2023", controller)).isEmpty()) {
            assertThat(Api.get(Platform.GATEWAY, "/api/published/2023", portal).statusCode()).as("nothing published yet").isEqualTo(404);
        }
        assertThat(Api.get(Platform.GATEWAY, "/api/reports/2023", portal).statusCode()).isEqualTo(403);

        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = post("/api/releases/2023", controller, key, "{}");
        assertThat(refused.statusCode()).as("the demo data has open errors").isEqualTo(409);
        assertThat(Api.json(refused).get("errors").size()).isGreaterThan(0);

        String body = "{\"overrideReason\":\"Demodata publiseres som trykt; feilene er kjent og vist i vedlegget.\"}";
        HttpResponse<String> published = post("/api/releases/2023", controller, key, body);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        JsonNode release = Api.json(published);
        assertThat(release.get("complete").asBoolean()).isTrue();
        assertThat(release.get("contentHash").asString()).hasSize(64);
        assertThat(post("/api/releases/2023", Tokens.forUser("staff"), UUID.randomUUID().toString(), body).statusCode()).isEqualTo(403);

        HttpResponse<String> retried = post("/api/releases/2023", controller, key, body);
        assertThat(Api.json(retried).get("number").asInt()).as("a retry makes no second release").isEqualTo(release.get("number").asInt());

        HttpResponse<String> read = Api.get(Platform.GATEWAY, "/api/published/2023", portal);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode report = Api.json(read);
        assertThat(report.at("/release/number").asInt()).isEqualTo(release.get("number").asInt());
        assertThat(report.at("/release/overrideReason").asString()).contains("Demodata");
        assertThat(report.get("chapters").size()).isEqualTo(19);

        HttpResponse<String> html = send(Platform.GATEWAY.resolve("/api/published/2023/html"), "text/html", portal,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("lang=\"nb\"", "Tabell 1.2");
        HttpResponse<byte[]> pdf = send(Platform.GATEWAY.resolve("/api/published/2023/" + release.get("number").asInt() + "/pdf"),
                "application/pdf", portal, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static HttpResponse<String> post(String path, String token, String idempotencyKey, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(Platform.GATEWAY.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(URI uri, String accept, String token, HttpResponse.BodyHandler<T> handler)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).header("Authorization", "Bearer " + token).GET().build();
        return HTTP.send(request, handler);
    }
}
