package no.arsberetning.gateway.reports;

import static no.arsberetning.gateway.StandInServices.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.gateway.StandInServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The composition against stand-in services on real sockets: one answers, one hangs, one fails and
 * one is not there. The report still answers within about a second, complete but for the chapters of
 * the services that did not answer, each saying why; the caller's token is what the services see.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only",
        "arsberetning.composition.time-limit=2500ms", "arsberetning.composition.cold-time-limit=2500ms"})
// The checks wait for the hung service's version probe (2,5 s) and then for the cross-service rules' own limit (5 s).
@AutoConfigureWebTestClient(timeout = "30s")
class CompositionTests {

    private static final AtomicReference<String> SEEN_AUTHORIZATION = new AtomicReference<>();
    private static final int NOBODY = freePort();
    private static final StandInServices SERVICES = new StandInServices(exchange -> {
        switch (StandInServices.api(exchange)) {
            case "finance" -> finance(exchange);
            case "hr" -> {
                Thread.sleep(Duration.ofSeconds(6).toMillis());
                json(exchange, 200, "{\"source\":\"hr\",\"year\":2023,\"chapters\":[]}");
            }
            default -> json(exchange, 500, "{\"status\":500}");
        }
    });

    /** Finance answers, hr hangs, climate fails and services-goals is not there. */
    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
        registry.add("arsberetning.services.services-goals", () -> "http://127.0.0.1:" + NOBODY);
    }

    @AfterAll
    static void stop() {
        SERVICES.stop();
    }

    private static void finance(HttpExchange exchange) throws IOException {
        SEEN_AUTHORIZATION.set(exchange.getRequestHeaders().getFirst("Authorization"));
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/dashboard")) {
            json(exchange, 200, "{\"year\":2023,\"deviations\":[{\"area\":\"skole\",\"name\":\"Skoler\","
                    + "\"actual\":2495,\"revisedBudget\":2463,\"deviation\":-32,\"deviationText\":\"-32\",\"unit\":\"MNOK\","
                    + "\"table\":\"1.2\"}],\"keyFigures\":[{\"title\":\"Nøkkeltall\",\"figures\":[{\"label\":\"Andel\","
                    + "\"value\":74.8,\"text\":\"74,8 %\",\"unit\":\"percent\"}]}]}");
        } else if (path.endsWith("/sections")) {
            json(exchange, 200, "[{\"key\":\"table:1.2\",\"title\":\"Tabell 1.2\",\"status\":\"draft\"}]");
        } else if (path.endsWith("/checks")) {
            json(exchange, 200, "[{\"rule\":\"total-equals-sum\",\"severity\":\"error\",\"tables\":[\"1.1\"],"
                    + "\"areas\":[],\"message\":\"Sum stemmer ikke\",\"expected\":\"-18 544\",\"actual\":\"-18 546\"}]");
        } else {
            json(exchange, 200, "{\"source\":\"finance\",\"year\":2023,\"chapters\":[{\"number\":\"1\",\"title\":\"Økonomi\","
                    + "\"sections\":[{\"id\":\"innledning\",\"title\":\"Innledning\",\"blocks\":[{\"type\":\"text\",\"html\":\"<p>Hei</p>\"}]}]}]}");
        }
    }

    @Autowired
    WebTestClient http;

    static JwtMutator staff() {
        return mockJwt().jwt(j -> j.tokenValue("the-callers-token").claim("realm_access", Map.of("roles", List.of("staff"))))
                .authorities(new KeycloakAuthorities());
    }

    @Test
    void aReportIsCompleteButForTheServicesThatDidNotAnswer() {
        long started = System.nanoTime();
        byte[] body = http.mutateWith(staff()).get().uri("/api/reports/2023").exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        JsonNode report = JsonMapper.builder().build().readTree(body);
        assertThat(elapsedMillis).as("answered within the time limit, not the hung service's 6 s").isLessThan(5000);
        assertThat(report.get("title").asString()).isEqualTo("Årsberetning 2023");
        assertThat(report.get("chapters").size()).isEqualTo(19);
        assertThat(report.at("/chapters/0/sections/0/title").asString()).isEqualTo("Innledning");
        assertThat(report.at("/chapters/1/title").asString()).isEqualTo("Arbeidsgiverområdet og felles systemer");
        assertThat(report.at("/chapters/1/sections/0/blocks/0/html").asString()).contains("svarte ikke innen 2,5 sekunder");
        assertThat(report.at("/chapters/2/sections/0/blocks/0/html").asString()).contains("svarte med feil (500)");
        assertThat(report.at("/chapters/18/number").asString()).isEqualTo("19");
        assertThat(report.at("/chapters/18/sections/0/blocks/0/html").asString()).contains("er ikke tilgjengelig");

        JsonNode sources = report.get("sources");
        assertThat(sources.get(0).get("available").asBoolean()).isTrue();
        assertThat(sources.get(1).get("available").asBoolean()).isFalse();
        assertThat(sources.get(3).get("chapters").size()).isEqualTo(16);
        assertThat(SEEN_AUTHORIZATION.get()).isEqualTo("Bearer the-callers-token");
    }

    @Test
    void checksCombineTheServicesFindingsAndSayWhichCouldNotRun() {
        http.mutateWith(staff()).get().uri("/api/reports/2023/checks").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].rule").isEqualTo("total-equals-sum")
                .jsonPath("$[0].tables[0]").isEqualTo("1.1")
                .jsonPath("$[?(@.rule=='service-checks-unavailable')]").value(org.hamcrest.Matchers.hasSize(3))
                .jsonPath("$[?(@.rule=='service-checks-unavailable')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Klimatjenesten svarte med feil (500)")));
    }

    @Test
    void theDashboardPutsTheServicesOwnPartsTogetherAndSaysWhichAreMissing() {
        http.mutateWith(staff()).get().uri("/api/dashboards/2023").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.deviationPerArea[0].area").isEqualTo("skole")
                .jsonPath("$.deviationPerArea[0].deviation").isEqualTo(-32)
                .jsonPath("$.keyFigures[0].title").isEqualTo("Nøkkeltall")
                .jsonPath("$.keyFigures[0].figures[0].text").isEqualTo("74,8 %")
                .jsonPath("$.goals").isEmpty()
                .jsonPath("$.charts").isEmpty()
                .jsonPath("$.submissions[0].section").isEqualTo("table:1.2")
                .jsonPath("$.sources[0].available").isEqualTo(true)
                .jsonPath("$.sources[2].available").isEqualTo(false)
                .jsonPath("$.sources[2].reason").value(org.hamcrest.Matchers.containsString("svarte med feil (500)"));
    }

    @Test
    void theCommitteeCannotReadTheWorkingReport() {
        http.mutateWith(mockJwt().jwt(j -> j.claim("realm_access", Map.of("roles", List.of("committee"))))
                        .authorities(new KeycloakAuthorities()))
                .get().uri("/api/reports/2023").exchange()
                .expectStatus().isForbidden();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
