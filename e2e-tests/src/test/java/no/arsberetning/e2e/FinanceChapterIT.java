package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Chapter 1 Økonomi through the gateway with real tokens: every table with its printed values, the
 * checks naming the printed tables, and a reporter refused the statement and other areas' explanations
 * both through the gateway and straight at finance-service. Changes nothing.
 */
class FinanceChapterIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One printed cell of every chapter-1 table: table key, row key, column index, printed text. */
    static Stream<Arguments> printedCells() {
        return Stream.of(
                Arguments.of("1.1", "rammetilskudd", 1, "-4 893"),
                Arguments.of("1.1", "netto-driftsresultat", 1, "-297"),
                Arguments.of("1.2", "skoler", 3, "-32"),
                Arguments.of("1.3", "1-investeringer-i-varige-driftsmidler", 0, "3329"),
                Arguments.of("1.4", "sum-investeringer", 0, "3264,5"),
                Arguments.of("1.5", "netto-driftsresultat", 1, "-0,8"),
                Arguments.of("1.6", "sum-eiendeler", 0, "73 088"),
                Arguments.of("1.7", "sum-egenkapital-og-gjeld", 1, "-73 088"),
                Arguments.of("1.8", "sum", 3, "907"),
                Arguments.of("1.8-2", "sum", 0, "27,8"),
                Arguments.of("1.9", "sum", 0, "477,4"),
                Arguments.of("1.10", "sum", 0, "174,3"));
    }

    @Test
    void everyChapterOneTableIsListedUnderItsPrintedNumber() {
        JsonNode tables = Api.json(ok(Api.get(Platform.GATEWAY, "/api/finance/2023/tables", Tokens.forUser("staff"))));
        assertThat(tables.findValuesAsString("key")).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8",
                "1.8-2", "1.9", "1.10");
        assertThat(tables.findValuesAsString("number")).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8",
                "1.8", "1.9", "1.10");
    }

    @ParameterizedTest(name = "table {0}, {1}: {3}")
    @MethodSource("printedCells")
    void everyTableIsReadableThroughTheGatewayWithItsPrintedValues(String table, String row, int column, String printed) {
        JsonNode stored = Api.json(ok(Api.get(Platform.GATEWAY, "/api/finance/2023/tables/" + table,
                Tokens.forUser("reporter.skole"))));
        JsonNode cell = rowOf(stored, row).get("cells").get(column);
        assertThat(cell.get("text").asString().replace('\u00a0', ' ')).isEqualTo(printed);
        assertThat(cell.get("value").isNumber()).isTrue();
    }

    @Test
    void theChecksNameThePrintedTablesWithExpectedAndActual() {
        JsonNode findings = Api.json(ok(Api.get(Platform.GATEWAY, "/api/finance/2023/checks", Tokens.forUser("controller"))));
        assertThat(findings.size()).isGreaterThan(0);
        for (JsonNode finding : findings) {
            assertThat(finding.has("rule") && finding.has("severity") && finding.get("tables").isArray()
                    && finding.has("expected") && finding.has("actual")).as(finding.toString()).isTrue();
        }
        assertThat(findings.valueStream().filter(f -> f.get("rule").asString().equals("deviation-equals-budget-minus-actual")
                && f.get("tables").toString().equals("[\"1.4\"]") && f.get("severity").asString().equals("warning"))
                .map(f -> f.get("expected").asString() + "/" + f.get("actual").asString()))
                .contains("13,2/12,8");
        assertThat(findings.valueStream().filter(f -> f.get("rule").asString().equals("table-matches-table"))
                .map(f -> f.get("tables").toString())).contains("[\"1.8\",\"1.9\"]");
    }

    @Test
    void theReportIsChapterOneWithItsTables() {
        JsonNode report = Api.json(ok(Api.get(Platform.GATEWAY, "/api/finance/2023/report", Tokens.forUser("staff"))));
        assertThat(report.at("/chapters/0/number").asString()).isEqualTo("1");
        assertThat(report.at("/chapters/0/title").asString()).isEqualTo("Økonomi");
        assertThat(report.findValuesAsString("number")).contains("1.1", "1.2", "1.8", "1.10");
    }

    static Stream<Arguments> entrances() {
        return Stream.of(Arguments.of("gateway", Platform.GATEWAY), Arguments.of("direct", Service.FINANCE.direct));
    }

    @ParameterizedTest(name = "{0}: a reporter cannot change the operating statement")
    @MethodSource("entrances")
    void aReporterCannotChangeTheStatement(String via, URI base) {
        String token = Tokens.forUser("reporter.skole");
        HttpResponse<String> before = ok(Api.get(base, "/api/finance/2023/tables/1.1", token));
        String etag = before.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> refused = send(base, "PATCH", "/api/finance/2023/tables/1.1/cells", token, etag,
                "{\"row\":\"rammetilskudd\",\"column\":\"regnskap-2\",\"text\":\"-1\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        HttpResponse<String> after = ok(Api.get(base, "/api/finance/2023/tables/1.1", token));
        assertThat(after.headers().firstValue("ETag")).contains(etag);
        assertThat(rowOf(Api.json(after), "rammetilskudd").get("cells").get(1).get("text").asString().replace('\u00a0', ' '))
                .isEqualTo("-4 893");
    }

    @ParameterizedTest(name = "{0}: a reporter cannot write another area's explanation")
    @MethodSource("entrances")
    void aReporterCannotWriteAnotherAreasExplanation(String via, URI base) {
        String token = Tokens.forUser("reporter.skole");
        String etag = ok(Api.get(base, "/api/finance/2023/texts/explanation:barnehage", token)).headers()
                .firstValue("ETag").orElseThrow();
        for (String path : List.of("/api/finance/2023/texts/explanation:barnehage",
                "/api/finance/2023/texts/explanation:barnehage?area=skole")) {
            HttpResponse<String> refused = send(base, "PUT", path, token, etag, "{\"html\":\"<p>Feil område</p>\",\"area\":\"skole\"}");
            assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(403);
        }
        HttpResponse<String> submit = send(base, "POST", "/api/finance/2023/sections/area:barnehage/submit", token, null, "");
        assertThat(submit.statusCode()).as(submit.body()).isEqualTo(403);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static JsonNode rowOf(JsonNode table, String key) {
        return table.get("rows").valueStream().filter(r -> r.get("key").asString().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("Tabell " + table.get("key") + " har ingen rad " + key));
    }

    private static HttpResponse<String> send(URI base, String method, String path, String bearer, String ifMatch, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + base.resolve(path) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
