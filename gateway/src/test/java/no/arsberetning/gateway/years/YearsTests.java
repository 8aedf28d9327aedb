package no.arsberetning.gateway.years;

import static no.arsberetning.gateway.StandInServices.as;
import static no.arsberetning.gateway.StandInServices.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import no.arsberetning.gateway.StandInServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/years} against four stand-in services on one socket: the years merged across the services, opening
 * fanned out to all of them (201, then 200 with the same answer), refused before anything is written when a service
 * would refuse, and a service that does not answer named so that the call can be repeated.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only",
        "arsberetning.composition.checks-time-limit=10s", "arsberetning.years.opening-time-limit=3s"})
@AutoConfigureWebTestClient(timeout = "20s")
class YearsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> APIS = List.of("finance", "hr", "climate", "service-areas");
    /** Per service: the years it holds, as it lists them. */
    private static final Map<String, Map<Integer, String>> HELD = new ConcurrentHashMap<>();
    /** Services that do not answer an opening (they hang past the time limit). */
    private static final Map<String, Boolean> SILENT = new ConcurrentHashMap<>();
    private static final StandInServices SERVICES = new StandInServices(YearsTests::handle);

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

    @BeforeEach
    void onlyTheDemoYear() {
        SILENT.clear();
        for (String api : APIS) {
            Map<Integer, String> years = new ConcurrentHashMap<>();
            years.put(2023, "{\"year\":2023,\"state\":\"open\",\"sections\":{\"total\":10,\"draft\":2,\"submitted\":3,"
                    + "\"approved\":5,\"returned\":0},\"releases\":[1,2]}");
            HELD.put(api, years);
        }
        HELD.get("hr").put(2023, HELD.get("hr").get(2023).replace("[1,2]", "[1]"));
    }


    @Test
    void theYearsAreListedAcrossTheServicesWithSectionsSummedAndTheReleasesEveryServiceFroze() {
        JsonNode years = read(http.mutateWith(as("staff")).get().uri("/api/years").exchange().expectStatus().isOk());
        JsonNode year = years.get("years").get(0);
        assertThat(year.get("year").asInt()).isEqualTo(2023);
        assertThat(year.get("state").asString()).isEqualTo("open");
        assertThat(year.get("sections").get("total").asInt()).isEqualTo(40);
        assertThat(year.get("sections").get("approved").asInt()).isEqualTo(20);
        assertThat(year.get("releases")).hasSize(1);
        assertThat(year.get("newestRelease").asInt()).isEqualTo(1);
        assertThat(years.get("unavailable")).isEmpty();
    }

    @Test
    void openingFansOutToEveryServiceAndARepeatAnswersTheSame() {
        JsonNode first = read(open("{\"year\":2024,\"from\":2023}", "controller").expectStatus().isCreated());
        assertThat(first.get("state").asString()).isEqualTo("open");
        assertThat(first.get("created").get("tables").asInt()).isEqualTo(4 * 11);
        assertThat(first.get("services")).hasSize(4);
        for (String api : APIS) {
            assertThat(HELD.get(api)).containsKey(2024);
        }
        JsonNode again = read(open("{\"year\":2024,\"from\":2023}", "admin").expectStatus().isOk());
        assertThat(again).isEqualTo(first);
        JsonNode years = read(http.mutateWith(as("staff")).get().uri("/api/years").exchange().expectStatus().isOk());
        assertThat(years.get("years").get(1).get("openedFrom").asInt()).isEqualTo(2023);
    }

    @Test
    void aYearOpenedFromAnotherYearOrFromNothingIsRefusedBeforeAnyServiceIsAsked() {
        open("{\"year\":2024,\"from\":2023}", "controller").expectStatus().isCreated();
        JsonNode other = read(open("{\"year\":2024,\"from\":2022}", "controller").expectStatus().isEqualTo(409));
        assertThat(other.get("reason").asString()).isEqualTo("from-missing");
        JsonNode skipping = read(open("{\"year\":2025,\"from\":2023}", "controller").expectStatus().isCreated());
        assertThat(skipping.get("from").asInt()).isEqualTo(2023);
        JsonNode otherFrom = read(open("{\"year\":2025,\"from\":2024}", "controller").expectStatus().isEqualTo(409));
        assertThat(otherFrom.get("reason").asString()).isEqualTo("opened-from-another-year");
        assertThat(otherFrom.get("detail").asString()).contains("2025 er allerede åpnet fra 2023");
        HELD.get("climate").put(2026, "{\"year\":2026,\"state\":\"open\",\"releases\":[]}");
        JsonNode hasData = read(open("{\"year\":2026,\"from\":2025}", "controller").expectStatus().isEqualTo(409));
        assertThat(hasData.get("reason").asString()).isEqualTo("year-has-data");
        assertThat(hasData.get("detail").asString()).contains("Klimatjenesten");
        assertThat(HELD.get("finance")).doesNotContainKey(2026);
    }

    @Test
    void aServiceThatDoesNotAnswerIsNamedAndARepeatFinishesTheOpening() {
        SILENT.put("climate", true);
        JsonNode half = read(open("{\"year\":2024,\"from\":2023}", "controller").expectStatus().isEqualTo(503));
        assertThat(half.get("reason").asString()).isEqualTo("unavailable");
        assertThat(half.get("detail").asString()).contains("Klimatjenesten").contains("Gjenta kallet");
        assertThat(half.get("services").toString()).contains("\"status\":503");
        SILENT.clear();
        JsonNode finished = read(open("{\"year\":2024,\"from\":2023}", "controller").expectStatus().isCreated());
        assertThat(finished.get("state").asString()).isEqualTo("open");
    }

    @Test
    void aYearThatIsNotAfterItsSourceIsBadInputNamingTheField() {
        JsonNode problem = read(open("{\"year\":2023,\"from\":2023}", "controller").expectStatus().isBadRequest());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("year");
        read(open("{\"year\":2024}", "controller").expectStatus().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "reporter", "committee"})
    void onlyControllersAndAdministratorsOpenAYear(String role) {
        open("{\"year\":2024,\"from\":2023}", role).expectStatus().isForbidden();
        assertThat(HELD.get("finance")).doesNotContainKey(2024);
    }

    @Test
    void theCommitteeCannotReadTheWorkingYears() {
        http.mutateWith(as("committee")).get().uri("/api/years").exchange().expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec open(String body, String role) {
        return http.mutateWith(as(role)).mutateWith(csrf()).post().uri("/api/years").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static JsonNode read(WebTestClient.ResponseSpec response) {
        return JSON.readTree(response.expectBody().returnResult().getResponseBody());
    }


    private static void handle(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        String api = StandInServices.api(exchange);
        Map<Integer, String> years = HELD.get(api);
        if (path.endsWith("/years") && exchange.getRequestMethod().equals("GET")) {
            json(exchange, 200, "[" + String.join(",", new TreeMap<>(years).values()) + "]");
        } else if (path.endsWith("/years")) {
            if (SILENT.containsKey(api)) {
                Thread.sleep(5000);
                return;
            }
            JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int year = body.get("year").asInt();
            int from = body.get("from").asInt();
            String opened = "{\"year\":" + year + ",\"from\":" + from + ",\"state\":\"open\",\"openedBy\":\"test\","
                    + "\"created\":{\"tables\":11,\"texts\":2,\"sections\":10}}";
            boolean now = !years.containsKey(year);
            years.put(year, "{\"year\":" + year + ",\"openedFrom\":" + from + ",\"state\":\"open\",\"sections\":{\"total\":10,"
                    + "\"draft\":10,\"submitted\":0,\"approved\":0,\"returned\":0},\"releases\":[]}");
            json(exchange, now ? 201 : 200, opened);
        } else {
            json(exchange, 404, "{\"status\":404}");
        }
    }

}
