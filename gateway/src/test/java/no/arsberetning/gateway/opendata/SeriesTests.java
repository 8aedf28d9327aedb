package no.arsberetning.gateway.opendata;

import static no.arsberetning.gateway.StandInServices.as;
import static no.arsberetning.gateway.StandInServices.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import no.arsberetning.gateway.StandInServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published table across years ({@code /api/published/series/{table}}) from stand-in services with releases of
 * 2023 and 2024 (and a 2022 release one service lacks, so it is not complete): one JSON-stat dataset with the years
 * as its time dimension, columns matched by key although their labels name the years, CSV and XLSX beside it; and the
 * goal statuses of every published year.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only"})
@AutoConfigureWebTestClient(timeout = "20s")
class SeriesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final StandInServices SERVICES = new StandInServices(SeriesTests::handle);

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
    }

    @AfterAll
    static void stop() {
        SERVICES.stop();
    }

    @Autowired
    WebTestClient http;


    @Test
    void aTableAcrossTheYearsIsOneJsonStatDatasetWithTheYearsAsItsTimeDimension() {
        byte[] body = http.mutateWith(as("committee")).get().uri("/api/published/series/1.5").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        JsonNode dataset = JSON.readTree(body);
        assertThat(dataset.get("version").asString()).isEqualTo("2.0");
        assertThat(dataset.get("id").toString()).isEqualTo("[\"period\",\"entity\",\"measure\"]");
        assertThat(dataset.get("size").toString()).isEqualTo("[2,2,2]");
        assertThat(dataset.get("role").get("time").get(0).asString()).isEqualTo("period");
        assertThat(dataset.at("/dimension/period/category/index").toString()).isEqualTo("[\"2023\",\"2024\"]");
        assertThat(dataset.at("/dimension/measure/category/index").toString()).isEqualTo("[\"trondheim\",\"oslo\"]");
        assertThat(dataset.at("/dimension/measure/category/label/trondheim").asString()).isEqualTo("Trondheim 2024");
        // 2023: 1,5 and 2,9 (Trondheim), 3,1 and 4,0 (Oslo); 2024: 2,0 and 2,5, 3,3 and 4,2
        assertThat(dataset.get("value").toString()).isEqualTo("[1.5,3.1,2.9,4.0,2.0,3.3,2.5,4.2]");
        assertThat(dataset.at("/extension/arsberetning/releases/2023").asInt()).isEqualTo(2);
        assertThat(dataset.at("/extension/arsberetning/labels/2023/0").asString()).isEqualTo("Trondheim 2023");
        assertThat(dataset.get("label").asString()).contains("(2023–2024)");
    }

    @Test
    void theSameSeriesDownloadsAsCsvAndXlsx() {
        String csv = new String(http.mutateWith(as("staff")).get().uri("/api/published/series/1.5.csv").exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", ".*arsberetning-2023-2024-tabell-1\\.5\\.csv.*")
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(5);
        assertThat(csv).contains("Netto driftsresultat").contains("2024");
        byte[] xlsx = http.mutateWith(as("staff")).get().uri("/api/published/series/1.5.xlsx").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void aTableThatWasNeverPublishedIsNotFound() {
        http.mutateWith(as("staff")).get().uri("/api/published/series/99.9").exchange().expectStatus().isNotFound();
    }

    @Test
    void theGoalStatusesOfEveryPublishedYearAreCountedFromItsNewestRelease() {
        JsonNode years = JSON.readTree(http.mutateWith(as("committee")).get().uri("/api/published/goal-statuses").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(years).hasSize(2);
        assertThat(years.get(0).get("year").asInt()).isEqualTo(2023);
        assertThat(years.get(0).get("counts").get("reached").asInt()).isEqualTo(1);
        assertThat(years.get(0).get("counts").get("not-reached").asInt()).isEqualTo(1);
        assertThat(years.get(1).get("counts").get("not-assessed").asInt()).isEqualTo(2);
    }


    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String api = StandInServices.api(exchange);
        if (path.endsWith("/releases")) {
            String releases = "[{\"year\":2023,\"number\":1},{\"year\":2023,\"number\":2},{\"year\":2024,\"number\":1}"
                    + (api.equals("hr") ? "" : ",{\"year\":2022,\"number\":1}") + "]";
            json(exchange, 200, releases);
            return;
        }
        String[] parts = path.split("/");
        int year = Integer.parseInt(parts[3]);
        int number = Integer.parseInt(parts[5]);
        String chapters = "[]";
        if (api.equals("finance")) {
            boolean y23 = year == 2023;
            chapters = "[{\"number\":\"1\",\"title\":\"Økonomi\",\"sections\":[{\"id\":\"nokkeltall\",\"title\":\"Nøkkeltall\","
                    + "\"blocks\":[{\"type\":\"table\",\"table\":{\"number\":\"1.5\",\"caption\":\"Økonomiske nøkkeltall\","
                    + "\"unit\":\"percent\",\"columns\":[{\"key\":\"trondheim\",\"label\":\"Trondheim " + year + "\"},"
                    + "{\"key\":\"oslo\",\"label\":\"Oslo " + year + "\"}],\"rows\":["
                    + row("Netto driftsresultat", y23 ? "1.5" : "2.0", y23 ? "3.1" : "3.3") + ","
                    + row("Gjeldsgrad", y23 ? "2.9" : "2.5", y23 ? "4.0" : "4.2") + "]}},"
                    + "{\"type\":\"goals\",\"goals\":[{\"id\":\"g\",\"text\":\"Mål\",\"areas\":[],\"indicators\":["
                    + "{\"text\":\"a\",\"reportedStatus\":" + (y23 ? "\"reached\"" : "null") + "},"
                    + "{\"text\":\"b\",\"reportedStatus\":null,\"computedStatus\":" + (y23 ? "\"not-reached\"" : "null") + "}]}]}]}]}]";
        }
        json(exchange, 200, "{\"number\":" + number + ",\"publishedAt\":\"2024-03-01T10:00:00Z\",\"report\":{\"source\":\"" + api
                + "\",\"year\":" + year + ",\"chapters\":" + chapters + "}}");
    }

    private static String row(String label, String a, String b) {
        return "{\"label\":\"" + label + "\",\"kind\":\"line\",\"cells\":[{\"value\":" + a + ",\"text\":\"" + a.replace('.', ',')
                + "\"},{\"value\":" + b + ",\"text\":\"" + b.replace('.', ',') + "\"}]}";
    }

}
