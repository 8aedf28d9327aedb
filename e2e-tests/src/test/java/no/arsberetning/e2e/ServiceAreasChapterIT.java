package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Chapters 4–19 (services-goals-service) through the gateway with real tokens: every table of the
 * transcription readable with its printed values, every goal and indicator with its reported status, the
 * checks naming the printed tables, and reporter.skole refused on barnehage however the area is named —
 * in the path, the body or the query, by code or alias, through the gateway and straight at the service —
 * and allowed on skole. The allowed writes write back what was there, so content is unchanged.
 */
class ServiceAreasChapterIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String Y = "/api/service-areas/2023";
    private static final Path DEMO = Path.of("../services-goals-service/src/main/resources/demo/2023");

    static Stream<Arguments> entrances() {
        return Stream.of(Arguments.of("gateway", Platform.GATEWAY), Arguments.of("direct", Service.SERVICES_GOALS.direct));
    }

    @Test
    void everyTableOfChapters4To19IsReadableThroughTheGatewayWithItsPrintedValues() throws IOException {
        JsonNode transcription = Tokens.JSON.readTree(DEMO.resolve("chapters-4-19-tables.json").toFile());
        String token = Tokens.forUser("staff");
        JsonNode listed = Api.json(ok(Api.get(Platform.GATEWAY, Y + "/tables", token)));
        assertThat(listed.size()).isEqualTo(transcription.get("tables").size()).isEqualTo(36);
        int checked = 0;
        for (int t = 0; t < listed.size(); t++) {
            JsonNode printed = transcription.get("tables").get(t);
            JsonNode stored = Api.json(ok(Api.get(Platform.GATEWAY, Y + "/tables/" + listed.get(t).get("key").asString(), token)));
            assertThat(stored.get("number").asString()).isEqualTo(printed.get("number").asString());
            assertThat(stored.get("rows").size()).isEqualTo(printed.get("rows").size());
            for (int r = 0; r < printed.get("rows").size(); r++) {
                JsonNode printedCells = printed.get("rows").get(r).get("cells");
                JsonNode cells = stored.get("rows").get(r).get("cells");
                for (int c = 1; c < printedCells.size(); c++) {
                    assertThat(plain(cells.get(c - 1).get("text").asString()))
                            .as("table %s row %d column %d", printed.get("number").asString(), r, c)
                            .isEqualTo(plain(printedCells.get(c).asString()));
                    checked++;
                }
            }
        }
        assertThat(checked).as("every printed cell").isEqualTo(647);
        JsonNode t61 = Api.json(ok(Api.get(Platform.GATEWAY, Y + "/tables/6.1", token)));
        assertThat(t61.at("/rows/0/cells/3/value").decimalValue()).isEqualByComparingTo("8.4");
        JsonNode t161 = Api.json(ok(Api.get(Platform.GATEWAY, Y + "/tables/16.1", token)));
        assertThat(t161.at("/rows/0/cells/0/value").decimalValue()).isEqualByComparingTo("-90.3");
    }

    @Test
    void everyGoalAndIndicatorIsThereWithItsReportedStatus() throws IOException {
        JsonNode transcription = Tokens.JSON.readTree(DEMO.resolve("chapters-4-19-goals.json").toFile());
        JsonNode goals = Api.json(ok(Api.get(Platform.GATEWAY, Y + "/goals", Tokens.forUser("reporter.helse"))));
        assertThat(goals.size()).isEqualTo(transcription.get("goals").size()).isEqualTo(48);
        int indicators = 0;
        for (int g = 0; g < goals.size(); g++) {
            JsonNode printed = transcription.get("goals").get(g);
            JsonNode goal = goals.get(g);
            assertThat(goal.get("text").asString()).isEqualTo(printed.get("goal").asString());
            assertThat(goal.get("indicators").size()).isEqualTo(printed.get("indicators").size());
            for (int i = 0; i < printed.get("indicators").size(); i++) {
                JsonNode p = printed.get("indicators").get(i);
                JsonNode served = goal.get("indicators").get(i);
                assertThat(served.get("reportedStatus").isString()).as(goal.get("key") + "/" + (i + 1)).isTrue();
                String wording = p.get("status").isNull() ? null : p.get("status").asString();
                if (wording == null) {
                    assertThat(served.get("reportedStatus").asString()).isEqualTo("not-assessed");
                } else {
                    assertThat(served.get("statusWording").asString()).isEqualTo(wording);
                }
                indicators++;
            }
        }
        assertThat(indicators).isEqualTo(80);
        JsonNode kvp = Api.json(ok(Api.get(Platform.GATEWAY, Y + "/goals/5.4", Tokens.forUser("staff"))));
        assertThat(kvp.at("/indicators/1/reportedStatus").asString()).isEqualTo("reached");
        assertThat(kvp.at("/indicators/1/computedStatus").asString()).isEqualTo("reached"); // «9,2 prosent» is a rise in percentage points (49,7 → 58,9 %)
    }

    @Test
    void theChecksNameThePrintedMistakes() {
        JsonNode findings = Api.json(ok(Api.get(Platform.GATEWAY, Y + "/checks", Tokens.forUser("controller"))));
        List<String> found = new ArrayList<>();
        findings.forEach(f -> found.add(f.get("rule").asString() + " " + f.get("tables").toString()));
        assertThat(found).contains("accounts-deviation-sign [\"6.1\"]", "accounts-revised-equals-actual [\"7.1\"]",
                "accounts-revised-equals-actual [\"9.1\"]", "accounts-budget-columns-swapped [\"14.1\"]",
                "accounts-deviation [\"17.1\"]", "same-figure-differs [\"18.3\",\"18.5\"]");
        JsonNode report = Api.json(ok(Api.get(Platform.GATEWAY, Y + "/report", Tokens.forUser("staff"))));
        assertThat(report.at("/chapters/0/number").asString() + ". " + report.at("/chapters/0/title").asString())
                .isEqualTo("4. Oppvekst og utdanning");
        assertThat(report.get("chapters").size()).isEqualTo(16);
    }

    @ParameterizedTest(name = "{0}: path — explanation of barnehage refused, of skole allowed")
    @MethodSource("entrances")
    void pathNamedArea(String via, URI base) {
        String token = Tokens.forUser("reporter.skole");
        for (String area : List.of("barnehage", "Barnehager")) {
            HttpResponse<String> current = ok(Api.get(base, Y + "/accounts/barnehage/explanation", token));
            HttpResponse<String> refused = send(base, "PUT", Y + "/accounts/" + encode(area) + "/explanation", token,
                    etag(current), json(Map.of("html", "<p>Feil område</p>")));
            assertRefused(refused, area);
            assertThat(etag(ok(Api.get(base, Y + "/accounts/barnehage/explanation", token)))).isEqualTo(etag(current));
        }
        HttpResponse<String> submit = send(base, "POST", Y + "/sections/" + encode("area:Barnehager") + "/submit", token, null, "");
        assertRefused(submit, "area:Barnehager");

        HttpResponse<String> own = ok(Api.get(base, Y + "/accounts/Skoler/explanation", token));
        HttpResponse<String> allowed = send(base, "PUT", Y + "/accounts/Skoler/explanation", token, etag(own),
                json(Map.of("html", Api.json(own).get("html").asString())));
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}: body — goal assessment for barnehage refused, for skole allowed")
    @MethodSource("entrances")
    void bodyNamedArea(String via, URI base) {
        String token = Tokens.forUser("reporter.skole");
        HttpResponse<String> goal = ok(Api.get(base, Y + "/goals/4.2", token));
        String assessment = Api.json(goal).get("assessment").asString();
        for (String area : List.of("barnehage", "Barnehager")) {
            HttpResponse<String> refused = send(base, "PATCH", Y + "/goals/4.2", token, etag(goal),
                    json(Map.of("area", area, "assessment", "Feil område")));
            assertRefused(refused, area);
        }
        assertThat(etag(ok(Api.get(base, Y + "/goals/4.2", token)))).isEqualTo(etag(goal));
        HttpResponse<String> indicator = send(base, "PATCH", Y + "/goals/5.1/indicators/1", token,
                etag(ok(Api.get(base, Y + "/goals/5.1", token))), json(Map.of("area", "helse og omsorg", "comment", "Feil område")));
        assertRefused(indicator, "helse og omsorg");

        HttpResponse<String> allowed = send(base, "PATCH", Y + "/goals/4.2", token, etag(goal),
                json(Map.of("area", "Skoler", "assessment", assessment)));
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}: query — goal report import for barnehage refused, for skole allowed")
    @MethodSource("entrances")
    void queryNamedArea(String via, URI base) {
        String token = Tokens.forUser("reporter.skole");
        byte[] sheet = bytes(base, Y + "/goals/report.xlsx?area=skole", token);
        for (String area : List.of("barnehage", "Barnehager")) {
            HttpResponse<String> refused = upload(base, Y + "/goals/imports?area=" + encode(area), token, "mal.xlsx", sheet);
            assertRefused(refused, area);
        }
        HttpResponse<String> allowed = upload(base, Y + "/goals/imports?area=skole", token, "mal.xlsx", sheet);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(Api.json(allowed).get("goalsChanged").size()).as("the unchanged template changes nothing").isZero();
        HttpResponse<String> figures = upload(base, Y + "/key-figures/imports/json-stat?area=skole", token, "ssb.json",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertRefused(figures, "key figures (controllers only)");
    }

    private static void assertRefused(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static String plain(String printed) {
        return printed.replaceAll("<[^>]*>", "").replace('\u00a0', ' ').trim();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String json(Map<String, String> fields) {
        return Tokens.JSON.writeValueAsString(fields);
    }

    private static HttpResponse<String> send(URI base, String method, String path, String bearer, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return call(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> upload(URI base, String path, String bearer, String fileName, byte[] content) {
        String boundary = "----arsberetning" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                .build();
        return call(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(URI base, String path, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + bearer).GET().build();
        HttpResponse<byte[]> response = call(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
