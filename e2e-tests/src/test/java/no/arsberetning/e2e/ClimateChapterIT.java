package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Chapter 3 «Klimabudsjett» through the gateway with real tokens: every goal and emission indicator as
 * printed, the trajectory with the gap to the 2023 target and the cut per year still needed to 2030, the
 * chapter's findings, and a comment with a script stored and served without it.
 */
class ClimateChapterIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String API = "/api/climate/2023";

    @Test
    void allElevenGoalsAreReadableThroughTheGatewayAsPrinted() {
        JsonNode goals = Api.json(ok(Api.get(Platform.GATEWAY, API + "/goals", Tokens.forUser("staff"))));
        List<String> numbers = new ArrayList<>();
        goals.forEach(g -> numbers.add(g.get("number").asString()));
        assertThat(numbers).containsExactly("1", "2a", "2b", "3", "4", "5", "6", "7", "8", "9", "10");
        JsonNode goal2b = goals.get(2);
        assertThat(goal2b.get("scope").asString()).isEqualTo("city");
        assertThat(goal2b.get("statusIndicator").asString()).isEqualTo("20 prosent kutt per 2022");
        assertThat(goal2b.get("targetValue").asString()).isEqualTo("redusert med 30 prosent");
        assertThat(goal2b.get("reportedStatus").asString()).isEqualTo("not-assessed");
        assertThat(goal2b.get("computedStatus").asString()).isEqualTo("red");
        assertThat(goals.get(9).get("scope").asString()).isEqualTo("organisation");
        assertThat(goals.get(9).get("statusWording").asString()).isEqualTo("gul");
        assertThat(goals.get(9).get("reportedStatus").asString()).isEqualTo("yellow");
    }

    @Test
    void allEmissionIndicatorsAreReadableThroughTheGatewayAsPrinted() {
        JsonNode indicators = Api.json(ok(Api.get(Platform.GATEWAY, API + "/indicators", Tokens.forUser("reporter.skole"))));
        assertThat(indicators.size()).isEqualTo(6);
        assertThat(indicators.get(0).get("sector").asString()).isEqualTo("Veitrafikk");
        assertThat(indicators.get(0).at("/value/text").asString()).isEqualTo("1,6 prosent");
        assertThat(indicators.get(0).at("/value/value").decimalValue()).isEqualByComparingTo("1.6");
        assertThat(indicators.get(2).at("/value/reason").asString()).isEqualTo("not-reported");
        assertThat(indicators.get(4).at("/value/text").asString()).isEqualTo("738.8 GWh");
        assertThat(indicators.get(5).at("/value/text").asString()).isEqualTo("~ 100 prosent");
        assertThat(indicators.get(5).at("/value/value").isNull() || indicators.get(5).at("/value/value").isMissingNode()).isTrue();

        JsonNode table = Api.json(ok(Api.get(Platform.GATEWAY, API + "/tables/tabell-3", Tokens.forUser("staff"))));
        assertThat(table.at("/rows/4/cells/1/text").asString()).isEqualTo("738.8 GWh");
        assertThat(table.at("/provenance/source").asString()).isEqualTo("demo-seed");
    }

    @Test
    void theTrajectoryShowsTheGapAndThePaceNeeded() {
        JsonNode trajectory = Api.json(ok(Api.get(Platform.GATEWAY, API + "/trajectory", Tokens.forUser("staff"))));
        assertThat(trajectory.get("referenceYear").asInt()).isEqualTo(2009);
        assertThat(trajectory.at("/latest/year").asInt()).isEqualTo(2022);
        assertThat(trajectory.at("/latest/reduction/value").decimalValue()).isEqualByComparingTo("20");
        JsonNode interim = trajectory.at("/targets/1");
        assertThat(interim.get("year").asInt()).isEqualTo(2023);
        assertThat(interim.get("reached").asBoolean()).isFalse();
        assertThat(interim.at("/gap/value").decimalValue()).isEqualByComparingTo("10");
        assertThat(trajectory.at("/outlook/targetYear").asInt()).isEqualTo(2030);
        assertThat(trajectory.at("/outlook/requiredPerYear/text").asString()).isEqualTo("7,5");
        assertThat(trajectory.at("/chart/series").size()).isGreaterThanOrEqualTo(3);

        JsonNode report = Api.json(ok(Api.get(Platform.GATEWAY, API + "/report", Tokens.forUser("staff"))));
        assertThat(report.at("/chapters/0/number").asString()).isEqualTo("3");
        assertThat(report.at("/chapters/0/title").asString()).isEqualTo("Klimabudsjett");
        assertThat(report.at("/chapters/0/sections").findValuesAsString("title")).contains("Status for klimamålene",
                "Utslippsbane mot 2030", "Videre arbeid");

        JsonNode findings = Api.json(ok(Api.get(Platform.GATEWAY, API + "/checks", Tokens.forUser("controller"))));
        assertThat(findings.findValuesAsString("rule")).contains("trajectory-target-not-reached", "value-stated-differently",
                "number-with-decimal-point", "goal-without-status");
    }

    @Test
    void aCommentWithAScriptIsStoredAndServedWithoutIt() {
        String controller = Tokens.forUser("controller");
        HttpResponse<String> read = ok(Api.get(Platform.GATEWAY, API + "/goals/1", controller));
        JsonNode original = Api.json(read);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        ObjectNode edit = edit(original);
        edit.put("comment", "<p>Kommentar <b>med</b> skript</p><script>alert('klima')</script>");
        HttpResponse<String> saved = send(Platform.GATEWAY, "PUT", API + "/goals/1", controller, etag, edit.toString());
        try {
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            for (URI base : List.of(Platform.GATEWAY, Service.CLIMATE.direct)) {
                String comment = Api.json(ok(Api.get(base, API + "/goals/1", Tokens.forUser("staff")))).get("comment").asString();
                assertThat(comment).contains("<b>med</b>").doesNotContain("script", "alert");
            }
            HttpResponse<String> stale = send(Platform.GATEWAY, "PUT", API + "/goals/1", controller, etag, edit.toString());
            assertThat(stale.statusCode()).isEqualTo(412);
        } finally {
            String current = saved.headers().firstValue("ETag").orElse(etag);
            send(Platform.GATEWAY, "PUT", API + "/goals/1", controller, current, edit(original).toString());
        }
    }

    @Test
    void aReporterWritesNoClimateDataThroughTheGatewayOrDirectly() {
        String reporter = Tokens.forUser("reporter.skole");
        for (URI base : List.of(Platform.GATEWAY, Service.CLIMATE.direct)) {
            HttpResponse<String> read = ok(Api.get(base, API + "/goals/2b", reporter));
            String etag = read.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> refused = send(base, "PUT", API + "/goals/2b?area=skole", reporter, etag,
                    edit(Api.json(read)).put("reportedStatus", "green").put("area", "skole").toString());
            assertThat(refused.statusCode()).as(base + " " + refused.body()).isEqualTo(403);
        }
        assertThat(Api.json(ok(Api.get(Platform.GATEWAY, API + "/goals/2b", reporter))).get("reportedStatus").asString())
                .isEqualTo("not-assessed");
    }

    /** A goal as read, as the body that saves it. */
    private static ObjectNode edit(JsonNode goal) {
        ObjectNode edit = Tokens.JSON.createObjectNode();
        for (String field : List.of("text", "scope", "statusIndicator", "reportedStatus", "statusWording", "comment",
                "referenceYear", "referenceValue", "targetYear", "targetValue", "actualSource")) {
            edit.set(field, goal.get(field));
        }
        return edit;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static HttpResponse<String> send(URI base, String method, String path, String bearer, String ifMatch, String json) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("If-Match", ifMatch)
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + base.resolve(path) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
