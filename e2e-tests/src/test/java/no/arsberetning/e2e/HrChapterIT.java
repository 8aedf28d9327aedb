package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Chapter 2 Arbeidsgiverområdet through the gateway with real tokens: every table with its printed values,
 * the checks naming the printed tables, staff seeing every value with the small-group cells named, the
 * published view hiding them, the committee kept out of working data, and reporters refused every write —
 * through the gateway and straight at hr-service. Changes nothing.
 */
class HrChapterIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One printed cell of every chapter-2 table: table key, row key, column index, printed text. */
    static Stream<Arguments> printedCells() {
        return Stream.of(
                Arguments.of("2.1", "it-driftsfaget", 2, "1"),
                Arguments.of("2.2", "nye-ut", 3, "-97"),
                Arguments.of("2.3", "tkp", 0, "177"),
                Arguments.of("2.4", "sluttsum", 6, "15 208"),
                Arguments.of("2.5", "fagarbeiderstillinger-og-tilsvarende", 1, "74"),
                Arguments.of("2.6", "kvinne", 1, "558 513"),
                Arguments.of("2.7", "strategisk-ledelse", 5, "1 261 737"),
                Arguments.of("2.8", "adjunkt", 0, "1005"),
                Arguments.of("2.9", "advokat", 1, "976 902"),
                Arguments.of("2.10", "sluttsum", 1, "91%"),
                Arguments.of("2.11", "sluttsum", 2, "2,50%"));
    }

    @Test
    void everyChapterTwoTableIsListedUnderItsPrintedNumber() {
        JsonNode tables = Api.json(ok(Api.get(Platform.GATEWAY, "/api/hr/2023/tables", Tokens.forUser("staff"))));
        assertThat(tables.findValuesAsString("number")).containsExactly("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7",
                "2.8", "2.9", "2.10", "2.11");
    }

    @ParameterizedTest(name = "table {0}, {1}: {3}")
    @MethodSource("printedCells")
    void everyTableIsReadableThroughTheGatewayWithItsPrintedValues(String table, String row, int column, String printed) {
        JsonNode stored = Api.json(ok(Api.get(Platform.GATEWAY, "/api/hr/2023/tables/" + table,
                Tokens.forUser("reporter.helse"))));
        JsonNode cell = rowOf(stored, row).get("cells").get(column);
        assertThat(cell.get("text").asString().replace('\u00a0', ' ')).isEqualTo(printed);
        assertThat(cell.get("value").isNumber()).isTrue();
    }

    @Test
    void theChecksFindThePrintedMistakes() {
        JsonNode findings = Api.json(ok(Api.get(Platform.GATEWAY, "/api/hr/2023/checks", Tokens.forUser("controller"))));
        for (JsonNode finding : findings) {
            assertThat(finding.has("rule") && finding.has("severity") && finding.get("tables").isArray()
                    && finding.has("expected") && finding.has("actual")).as(finding.toString()).isTrue();
        }
        assertThat(summaries(findings, "hr-share")).contains("warning [\"2.10\"] 90 %/91%", "warning [\"2.11\"] 2,49 %/2,50%");
        // the men's count in 2.11 is one person over 2.4's, and 2.11's total is added up from it: one finding naming the cell
        assertThat(summaries(findings, "wrong-input-cell")).contains("warning [\"2.11\",\"2.4\"] 3 833/3 834");
        assertThat(summaries(findings, "hr-distinct-persons-total")).contains("info [\"2.4\"] 11 400/11 375",
                "info [\"2.8\"] 10 189/10 129");
        assertThat(summaries(findings, "hr-ldl-26a")).isNotEmpty();
    }

    @Test
    void staffSeeEveryValueAndWhichCellsThePublishedViewHides() {
        String staff = Tokens.forUser("staff");
        JsonNode report = Api.json(ok(Api.get(Platform.GATEWAY, "/api/hr/2023/report", staff)));
        assertThat(report.at("/chapters/0/number").asString()).isEqualTo("2");
        assertThat(report.findValuesAsString("number")).contains("2.1", "2.4", "2.8", "2.11");
        assertThat(cell(report, "2.1", "IT-driftsfaget", "Kvinner").get("value").asInt()).isEqualTo(1);
        assertThat(report.toString()).contains("Skjules i publisert versjon", "IT-driftsfaget (1)");

        JsonNode hidden = Api.json(ok(Api.get(Platform.GATEWAY, "/api/hr/2023/suppression", staff)));
        assertThat(hidden.get("threshold").asInt()).isEqualTo(5);
        assertThat(hidden.toString()).contains("\"rowLabel\":\"IT-driftsfaget\",\"columnLabel\":\"Kvinner\"");

        JsonNode published = Api.json(ok(Api.get(Platform.GATEWAY, "/api/hr/2023/report?view=published", staff)));
        JsonNode small = cell(published, "2.1", "IT-driftsfaget", "Kvinner");
        assertThat(small.get("value").isNull()).isTrue();
        assertThat(small.get("text").asString()).isEqualTo(":");
        assertThat(small.get("reason").asString()).isEqualTo("suppressed");
        assertThat(cell(published, "2.1", "Helsearbeiderfaget", "Kvinner").get("value").asInt()).isEqualTo(132);
    }

    static Stream<Arguments> entrances() {
        return Stream.of(Arguments.of("gateway", Platform.GATEWAY), Arguments.of("direct", Service.HR.direct));
    }

    @ParameterizedTest(name = "{0}: the committee reads no working data of chapter 2")
    @MethodSource("entrances")
    void theCommitteeReadsNoWorkingData(String via, URI base) {
        String portal = Tokens.forCommitteePortal();
        for (String path : new String[] {"/api/hr/2023/report", "/api/hr/2023/report?view=published",
                "/api/hr/2023/suppression", "/api/hr/2023/inspections"}) {
            assertThat(Api.get(base, path, portal).statusCode()).as(path).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0}: a reporter cannot change chapter 2, whatever area it names")
    @MethodSource("entrances")
    void aReporterCannotChangeChapterTwo(String via, URI base) {
        String token = Tokens.forUser("reporter.skole");
        HttpResponse<String> before = ok(Api.get(base, "/api/hr/2023/tables/2.5", token));
        String etag = before.headers().firstValue("ETag").orElseThrow();
        for (String path : new String[] {"/api/hr/2023/tables/2.5/cells", "/api/hr/2023/tables/2.5/cells?area=skole"}) {
            HttpResponse<String> refused = send(base, "PATCH", path, token, etag,
                    "{\"row\":\"rad-8\",\"column\":\"antall-deltid\",\"text\":\"3\"}");
            assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        HttpResponse<String> inspection = ok(Api.get(base, "/api/hr/2023/inspections/lade-skole", token));
        HttpResponse<String> refused = send(base, "PUT", "/api/hr/2023/inspections/lade-skole", token,
                inspection.headers().firstValue("ETag").orElseThrow(),
                "{\"authority\":\"Arbeidstilsynet\",\"unit\":\"Lade skole\",\"findings\":\"Ingen.\",\"outcome\":\"no-deviations\","
                        + "\"followUpStatus\":\"closed\",\"areas\":[\"skole\"]}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        HttpResponse<String> submit = send(base, "POST", "/api/hr/2023/sections/table:2.5/submit", token, null, "");
        assertThat(submit.statusCode()).as(submit.body()).isEqualTo(403);

        assertThat(ok(Api.get(base, "/api/hr/2023/tables/2.5", token)).headers().firstValue("ETag")).contains(etag);
    }

    private static java.util.List<String> summaries(JsonNode findings, String rule) {
        return findings.valueStream().filter(f -> f.get("rule").asString().equals(rule))
                .map(f -> f.get("severity").asString() + " " + f.get("tables") + " "
                        + (f.get("expected").asString("") + "/" + f.get("actual").asString("")).replace('\u00a0', ' '))
                .toList();
    }

    private static JsonNode cell(JsonNode report, String number, String rowLabel, String columnLabel) {
        JsonNode table = report.at("/chapters/0/sections").valueStream()
                .flatMap(s -> s.get("blocks").valueStream())
                .filter(b -> b.at("/table/number").asString("").equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("Ingen tabell " + number)).get("table");
        int column = 0;
        while (!table.get("columns").get(column).get("label").asString().equals(columnLabel)) {
            column++;
        }
        final int index = column;
        return table.get("rows").valueStream().filter(r -> r.get("label").asString().equals(rowLabel)).findFirst()
                .orElseThrow(() -> new AssertionError("Ingen rad " + rowLabel)).get("cells").get(index);
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
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
