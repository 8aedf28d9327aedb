package no.arsberetning.gateway.observability;

import static no.arsberetning.gateway.StandInServices.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

import no.arsberetning.common.testing.TokenForge;
import no.arsberetning.gateway.StandInServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What an operator sees of the gateway, over real HTTP against stand-in services: the Prometheus metrics for the
 * monitoring role only (a problem document, never a login redirect, for anyone else), a timer per route and per
 * service the composition calls, and the caller's W3C trace context carried into the routed call, into every call of
 * the composition and into the gateway's access log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only"})
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

    private static final TokenForge FORGE = new TokenForge();
    /** Each request the stand-ins got: its path and its traceparent header. */
    private static final Queue<List<String>> RECEIVED = new ConcurrentLinkedQueue<>();
    private static final StandInServices SERVICES = new StandInServices(exchange -> {
        RECEIVED.add(List.of(exchange.getRequestURI().getPath(),
                String.valueOf(exchange.getRequestHeaders().getFirst("traceparent"))));
        json(exchange, exchange.getRequestURI().getPath().endsWith("/observed") ? 200 : 503, "{}");
    });

    @DynamicPropertySource
    static void standIns(DynamicPropertyRegistry registry) {
        SERVICES.register(registry, FORGE);
    }

    @AfterAll
    static void stop() {
        SERVICES.stop();
        FORGE.stop();
    }

    WebTestClient http;

    @Autowired
    void client(WebTestClient client) {
        http = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void metricsAreAProblemWithoutATokenAndForbiddenToEveryRoleButMonitoring() {
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        for (String role : List.of("staff", "reporter", "controller", "committee", "admin")) {
            http.get().uri("/actuator/prometheus").header("Authorization", bearer(role)).exchange()
                    .expectStatus().isForbidden();
        }
        http.get().uri("/actuator/prometheus").header("Authorization", bearer("monitoring")).exchange()
                .expectStatus().isOk();
    }

    @Test
    void theMonitoringRoleReadsNoApi() {
        http.get().uri("/api/finance/2023/observed").header("Authorization", bearer("monitoring")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void theCallersTraceIdIsInTheRoutedCallAndTheGatewaysAccessLog(CapturedOutput output) throws InterruptedException {
        String traceId = "0af7651916cd43dd8448eb211c80319c";

        http.get().uri("/api/finance/2023/observed").header("Authorization", bearer("staff"))
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-00").exchange()
                .expectStatus().isOk();

        assertThat(traceparents("/api/finance/2023/observed")).singleElement().asString()
                .startsWith("00-" + traceId + "-").doesNotContain("b7ad6b7169203331");
        assertThat(logged(output, traceId + "-[0-9a-f]{16}\\].*GET /api/finance/2023/observed 200 "))
                .as("the gateway's access log line with the caller's trace id").isTrue();
    }

    /** The access log line is written when the response is complete, a moment after the client has it. */
    private static boolean logged(CapturedOutput output, String pattern) throws InterruptedException {
        Pattern line = Pattern.compile(pattern);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!line.matcher(output.getOut()).find()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Test
    void everyCallOfTheCompositionCarriesTheCallersTraceId() {
        String traceId = "5b8efff798038103d269b633813fc60c";

        http.get().uri("/api/reports/2023").header("Authorization", bearer("staff"))
                .header("traceparent", "00-" + traceId + "-eee19b7ec3c1b174-01").exchange();

        for (String api : List.of("finance", "hr", "climate", "service-areas")) {
            assertThat(RECEIVED).as("calls to %s", api)
                    .anySatisfy(call -> {
                        assertThat(call.get(0)).startsWith("/api/" + api + "/2023");
                        assertThat(call.get(1)).startsWith("00-" + traceId + "-");
                    });
        }
    }

    @Test
    void monitoringSeesATimerPerRouteAndPerServiceTheCompositionCalls() {
        http.get().uri("/api/hr/2023/observed").header("Authorization", bearer("staff")).exchange().expectStatus().isOk();
        http.get().uri("/api/dashboards/2023").header("Authorization", bearer("staff")).exchange();

        String metrics = http.get().uri("/actuator/prometheus").header("Authorization", bearer("monitoring")).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).containsPattern(series("spring_cloud_gateway_http_client_requests_seconds_count",
                "spring_cloud_gateway_route_id=\"hr\""));
        assertThat(metrics).as("one timer per routed request").doesNotContain("spring_cloud_gateway_requests_seconds");
        for (String service : List.of("finance", "hr", "climate", "services-goals")) {
            assertThat(metrics).containsPattern(series("http_client_requests_seconds_count", "service=\"" + service + "\""));
        }
        assertThat(metrics).containsPattern(series("http_server_requests_seconds_count", "uri=\"/api/dashboards/\\{year}\""));
    }

    private static Pattern series(String name, String tag) {
        return Pattern.compile("(?m)^" + name + "\\{[^}]*" + tag);
    }

    private static List<String> traceparents(String path) {
        return RECEIVED.stream().filter(call -> call.get(0).equals(path)).map(call -> call.get(1)).toList();
    }

    @Test
    void theRateLimitsRedisCommandsAreNotObservedOneByOne(@Autowired LettuceConnectionFactory redis) {
        assertThat(redis.getClientResources().tracing().isEnabled()).isFalse();
    }

    private static String bearer(String role) {
        return "Bearer " + FORGE.signed(TokenForge.claims(role));
    }
}
