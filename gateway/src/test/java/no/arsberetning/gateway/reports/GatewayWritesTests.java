package no.arsberetning.gateway.reports;

import static no.arsberetning.gateway.StandInServices.api;
import static no.arsberetning.gateway.StandInServices.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import no.arsberetning.common.testing.TokenForge;
import no.arsberetning.gateway.StandInServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The services' versions a composed read learnt are used again, without asking the services, until a write goes
 * through any gateway pod (the write count in a real Redis) or the versions are older than the maximum age: over real
 * HTTP with real tokens, against stand-in services that count how often they are asked for their version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only",
                "arsberetning.composition.version-max-age=3s"})
@AutoConfigureWebTestClient(timeout = "60s")
class GatewayWritesTests {

    private static final TokenForge FORGE = new TokenForge();
    private static final List<String> APIS = List.of("finance", "hr", "climate", "service-areas");
    private static final Map<String, AtomicInteger> VERSIONS = new ConcurrentHashMap<>();
    /** Version probes and report reads the services got. */
    private static final AtomicInteger ASKED = new AtomicInteger();
    private static final StandInServices SERVICES = new StandInServices(GatewayWritesTests::handle);

    @DynamicPropertySource
    static void standIns(DynamicPropertyRegistry registry) {
        SERVICES.register(registry, FORGE);
    }

    @AfterAll
    static void stop() {
        SERVICES.stop();
        FORGE.stop();
    }

    @Autowired
    WebTestClient http;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @BeforeEach
    void everyServiceAtANewVersion() {
        APIS.forEach(api -> VERSIONS.computeIfAbsent(api, a -> new AtomicInteger()).incrementAndGet());
    }

    @Test
    void aReadWithNoWriteSinceTheLastAsksNoService() {
        String first = report();
        int asked = ASKED.get();

        assertThat(report()).isEqualTo(first);
        assertThat(ASKED.get()).as("services asked by the second read").isEqualTo(asked);
    }

    @Test
    void aWriteThroughTheGatewayIsInTheVeryNextRead() {
        report();

        write("/api/hr/2023/texts/innledning").expectStatus().isOk();

        assertThat(report()).contains("hr-versjon-" + VERSIONS.get("hr"));
    }

    @Test
    void aWriteTheServiceRefusedLeavesTheVersionsAsTheyWere() {
        report();
        int asked = ASKED.get();

        write("/api/finance/2023/refused").expectStatus().isBadRequest();

        report();
        assertThat(ASKED.get()).as("services asked after a refused write").isEqualTo(asked);
    }

    @Test
    void aWriteThroughAnotherGatewayPodIsInTheVeryNextReadToo() {
        report();

        // what another pod does for a write it sends to climate-service: the service writes, the pod counts it in Redis
        VERSIONS.get("climate").incrementAndGet();
        redis.opsForValue().increment(GatewayWrites.KEY).block();

        assertThat(report()).contains("climate-versjon-" + VERSIONS.get("climate"));
    }

    @Test
    void aChangeAServiceMakesOnItsOwnIsInTheReportWithinTheMaximumAge() throws InterruptedException {
        report();

        // a change no gateway saw (a restarted service applying a pending import, say)
        VERSIONS.get("service-areas").incrementAndGet();
        String version = "service-areas-versjon-" + VERSIONS.get("service-areas");
        assertThat(report()).as("within the maximum age, the versions learnt before").doesNotContain(version);

        Thread.sleep(Duration.ofSeconds(3).plusMillis(200).toMillis());
        assertThat(report()).contains(version);
    }

    private String report() {
        return http.get().uri("/api/reports/2023").header("Authorization", bearer("staff")).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec write(String path) {
        return http.put().uri(path).header("Authorization", bearer("reporter")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"html\":\"<p>Ny tekst</p>\"}").exchange();
    }

    private static String bearer(String role) {
        return "Bearer " + FORGE.signed(TokenForge.claims(role));
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String api = api(exchange);
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("GET")) {
            if (path.endsWith("/refused")) {
                json(exchange, 400, "{\"title\":\"Ugyldig\"}");
                return;
            }
            VERSIONS.get(api).incrementAndGet();
            json(exchange, 200, "{}");
            return;
        }
        String what = path.substring(path.indexOf("/2023/") + 6);
        String etag = "\"" + api + "-2023-" + VERSIONS.get(api) + "\"";
        if (what.equals("report")) {
            ASKED.incrementAndGet();
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            json(exchange, 200, "{\"source\":\"" + api + "\",\"year\":2023,\"chapters\":[{\"number\":\"" + (APIS.indexOf(api) + 1)
                    + "\",\"title\":\"Kapittel " + api + "\",\"sections\":[{\"id\":\"s\",\"title\":\"Del\",\"blocks\":"
                    + "[{\"type\":\"text\",\"html\":\"<p>" + api + "-versjon-" + VERSIONS.get(api) + "</p>\"}]}]}]}");
            return;
        }
        json(exchange, what.startsWith("checks") || what.equals("sections") || what.equals("releases") ? 200 : 404,
                what.equals("dashboard") ? "{\"year\":2023}" : "[]");
    }
}
