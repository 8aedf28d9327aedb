package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The national key-figure store through the gateway and at its own port, with real tokens: a Statistics Norway
 * file imported (202, its progress at {@code Location}, done), compared and followed over the years; uploads of up
 * to 100 MiB on its import path only; a report table filled from the store and imported into the report through the
 * one table import, then restored.
 */
class KeyFiguresIT {

    private static final Path SSB_FILE = KeyFigureStore.SSB_FILE;
    private static final String API = Platform.KEY_FIGURES_API;
    private static final int MIB = 1024 * 1024;

    @BeforeAll
    static void theCultureFiguresAreStored() {
        KeyFigureStore.cultureFiguresStored();
    }

    @ParameterizedTest(name = "through the {0}")
    @ValueSource(strings = {"gateway", "service"})
    void aFileIsImportedAsAcceptedThenDoneAndChangesNothingTheSecondTime(String via) {
        URI base = via.equals("gateway") ? Platform.GATEWAY : Platform.KEY_FIGURES;
        HttpResponse<String> accepted = KeyFigureStore.upload(base, "12362-igjen.json", KeyFigureStore.read(SSB_FILE), "controller");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(API + "/imports/");
        JsonNode done = KeyFigureStore.await(base, location);
        assertThat(done.get("state").asString()).isEqualTo("done");
        assertThat(done.get("valuesRead").asLong()).isEqualTo(32);
        assertThat(done.get("valuesWritten").asLong()).isZero();
    }

    @Test
    void trondheimIsComparedWithItsPeersAndOverTheYears() {
        String staff = Tokens.forUser("staff");
        for (URI base : List.of(Platform.GATEWAY, Platform.KEY_FIGURES)) {
            JsonNode compare = json(Calls.get(base, API + "/compare?measure=KOSkulturinnb0000&year=2023&region=5001&peers=asss", staff));
            assertThat(compare.at("/region/value").decimalValue()).isEqualByComparingTo("3084");
            assertThat(compare.at("/region/rank").asInt()).isEqualTo(4);
            assertThat(compare.at("/peerGroup/label").asString()).isEqualTo("ASSS-kommunene");
            assertThat(compare.at("/statistics/count").asInt()).isEqualTo(5);
            assertThat(compare.at("/statistics/mean").decimalValue()).isEqualByComparingTo("3284.8");

            JsonNode series = json(Calls.get(base, API + "/series?measure=KOSkulturinnb0000&region=5001&peers=egne", staff));
            assertThat(series.get("points")).hasSize(2);
            assertThat(series.get("points").get(0).get("value").decimalValue()).isEqualByComparingTo("2911");

            JsonNode groups = json(Calls.get(base, API + "/groups", staff));
            assertThat(groups.get(0).get("id").asString()).isEqualTo("egne");
            assertThat(groups.get(0).get("members").toString()).isEqualTo("[\"0301\",\"4601\",\"1103\"]");
        }
    }

    @Test
    void aBrokenFileFailsWithThePlaceOfItsErrorAndTheStoreIsAsItWas() {
        String staff = Tokens.forUser("staff");
        String before = Calls.get(Platform.GATEWAY, API + "/compare?measure=KOSkulturinnb0000&year=2023&peers=all", staff).body();
        byte[] broken = new String(KeyFigureStore.read(SSB_FILE), StandardCharsets.UTF_8).replace("3084", "\"3 084\"")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode failed = KeyFigureStore.importFile(Platform.GATEWAY, "12362-feil.json", broken);

        assertThat(failed.get("state").asString()).isEqualTo("failed");
        JsonNode error = failed.get("errors").get(0);
        assertThat(error.get("line").asInt()).isPositive();
        assertThat(error.get("column").asInt()).isPositive();
        assertThat(error.get("message").asString()).contains("«3 084» er ikke et tall");
        assertThat(Calls.get(Platform.GATEWAY, API + "/compare?measure=KOSkulturinnb0000&year=2023&peers=all", staff).body())
                .isEqualTo(before);
    }

    @ParameterizedTest(name = "through the {0}")
    @ValueSource(strings = {"gateway", "service"})
    void theImportPathTakesFilesOverTheOthers10MiBAndRefusesThoseOver100MiB(String via) {
        URI base = via.equals("gateway") ? Platform.GATEWAY : Platform.KEY_FIGURES;
        // The same figures with 12 MiB of JSON whitespace: over every other upload limit, and no change to the store.
        String file = new String(KeyFigureStore.read(SSB_FILE), StandardCharsets.UTF_8);
        byte[] padded = (file.substring(0, file.lastIndexOf('}')) + " ".repeat(12 * MIB) + "}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> accepted = KeyFigureStore.upload(base, "12362-stor.json", padded, "controller");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(KeyFigureStore.await(base, location).get("state").asString()).isEqualTo("done");

        Calls.Multipart tooBig = Calls.multipart("for-stor.json", "application/json", new byte[100 * MIB + 10], Map.of());
        HttpRequest request = HttpRequest.newBuilder(base.resolve(API + "/imports"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + Tokens.forUser("controller"))
                .header("Content-Type", tooBig.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooBig.body()))
                .build();
        LimitsIT.assertTooLarge(Calls.send(request), 100L * MIB);
    }

    @Test
    void aReportTableIsFilledFromTheStoreImportedIntoTheReportAndRestored() {
        String controller = Tokens.forUser("controller");
        HttpResponse<String> original = Calls.get(Platform.GATEWAY, "/api/reports/2023/tables/11.2.json", controller);
        assertThat(original.statusCode()).as(original.body()).isEqualTo(200);
        String request = "{\"table\": " + original.body() + ", \"rows\": {\"Netto driftsutgifter til kultursektoren *)\": \"KOSkulturinnb0000\"}}";

        HttpResponse<String> filled = Calls.json("POST", Platform.GATEWAY, API + "/table-fills", controller, null, request);

        assertThat(filled.statusCode()).as(filled.body()).isEqualTo(200);
        JsonNode result = Calls.body(filled);
        assertThat(result.get("filled").asInt()).as(result.get("cells").toString()).isEqualTo(6);
        Sections.whileOpen("service-areas", "11.2", () -> {
            try {
                assertThat(importTable(result.get("table").toString())).contains("\"tablesChanged\":[\"11.2\"]");
                JsonNode table = json(Calls.get(Platform.GATEWAY, "/api/service-areas/2023/tables/11.2", controller));
                assertThat(table.get("rows").get(0).get("cells").get(0).get("text").asString()).isEqualTo("2\u00a0911");
            } finally {
                importTable(original.body());
            }
            JsonNode restored = json(Calls.get(Platform.GATEWAY, "/api/service-areas/2023/tables/11.2", controller));
            assertThat(restored.get("rows").get(0).get("cells").get(0).get("text").asString()).isEqualTo("2917");
        });
    }

    private static String importTable(String jsonStat) {
        Calls.Multipart file = Calls.multipart("11.2.json", "application/json", jsonStat.getBytes(StandardCharsets.UTF_8), Map.of());
        HttpResponse<String> response = Calls.send("POST", Platform.GATEWAY, "/api/service-areas/2023/imports",
                Tokens.forUser("controller"), Map.of(), file.contentType(), file.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Calls.body(response);
    }
}
