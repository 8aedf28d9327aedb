package no.arsberetning.gateway.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import no.arsberetning.common.security.KeycloakAuthorities;
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
 * The composition against four stand-in services on real sockets: one answers, one hangs, one fails and
 * one is not there. The report still answers within about a second, complete but for the chapters of
 * the services that did not answer, each saying why; the caller's token is what the services see.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only",
        "arsberetning.composition.time-limit=2500ms", "arsberetning.composition.cold-time-limit=2500ms"})
// The checks wait for the hung service's version probe (2,5 s) and then for the cross-service rules' own limit (5 s).
@AutoConfigureWebTestClient(timeout = "30s")
class CompositionTests {

    private static final AtomicReference<String> SEEN_AUTHORIZATION = new AtomicReference<>();
    private static final HttpServer FINANCE = server(exchange -> {
        SEEN_AUTHORIZATION.set(exchange.getRequestHeaders().getFirst("Authorization"));
        if (exchange.getRequestURI().getPath().endsWith("/dashboard")) {
            return json(exchange, 200, "{\"year\":2023,\"deviations\":[{\"area\":\"skole\",\"name\":\"Skoler\","
                    + "\"actual\":2495,\"revisedBudget\":2463,\"deviation\":-32,\"deviationText\":\"-32\",\"unit\":\"MNOK\","
                    + "\"table\":\"1.2\"}],\"keyFigures\":[{\"title\":\"Nøkkeltall\",\"figures\":[{\"label\":\"Andel\","
                    + "\"value\":74.8,\"text\":\"74,8 %\",\"unit\":\"percent\"}]}]}");
        }
        if (exchange.getRequestURI().getPath().endsWith("/sections")) {
            return json(exchange, 200, "[{\"key\":\"table:1.2\",\"title\":\"Tabell 1.2\",\"status\":\"draft\"}]");
        }
        if (exchange.getRequestURI().getPath().endsWith("/checks")) {
            return json(exchange, 200, "[{\"rule\":\"total-equals-sum\",\"severity\":\"error\",\"tables\":[\"1.1\"],"
                    + "\"areas\":[],\"message\":\"Sum stemmer ikke\",\"expected\":\"-18 544\",\"actual\":\"-18 546\"}]");
        }
        return json(exchange, 200, "{\"source\":\"finance\",\"year\":2023,\"chapters\":[{\"number\":\"1\",\"title\":\"Økonomi\","
                + "\"sections\":[{\"id\":\"innledning\",\"title\":\"Innledning\",\"blocks\":[{\"type\":\"text\",\"html\":\"<p>Hei</p>\"}]}]}]}");
    });
    private static final HttpServer HR = server(exchange -> {
        sleep(Duration.ofSeconds(6));
        return json(exchange, 200, "{\"source\":\"hr\",\"year\":2023,\"chapters\":[]}");
    });
    private static final HttpServer CLIMATE = server(exchange -> json(exchange, 500, "{\"status\":500}"));
    private static final int NOBODY = freePort();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("arsberetning.services.finance", () -> url(FINANCE));
        registry.add("arsberetning.services.hr", () -> url(HR));
        registry.add("arsberetning.services.climate", () -> url(CLIMATE));
        registry.add("arsberetning.services.services-goals", () -> "http://127.0.0.1:" + NOBODY);
    }

    @AfterAll
    static void stop() {
        List.of(FINANCE, HR, CLIMATE).forEach(s -> s.stop(0));
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

    interface Handler {
        boolean handle(HttpExchange exchange) throws IOException;
    }

    private static HttpServer server(Handler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                try {
                    handler.handle(exchange);
                } catch (IOException ignored) {
                    // the gateway gave up waiting and closed the connection
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        return true;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
