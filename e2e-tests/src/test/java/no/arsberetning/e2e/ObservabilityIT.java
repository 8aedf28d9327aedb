package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Following one request, and the metrics an operator scrapes, on the running platform: a caller's W3C
 * {@code traceparent} keeps its trace id in the gateway's log and in the log of every service the request reached
 * (routed, or called by the composition), sampled or not; every program's {@code /actuator/prometheus} answers the
 * monitoring client's token (the config server, internal, without one) with the gateway's timer per route and per
 * service; the gateway's public port refuses the metrics to anonymous callers and to people.
 */
class ObservabilityIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LOG_WAIT = Duration.ofSeconds(20);
    private static final String YEAR = "2023";

    @Test
    void aRoutedCallKeepsTheCallersTraceIdInTheGatewaysAndTheServicesLog() {
        String traceId = random(16);

        HttpResponse<String> response = get(Platform.GATEWAY, "/api/finance/years", Tokens.forUser("staff"),
                "00-" + traceId + "-" + random(8) + "-01");

        assertThat(response.statusCode()).isEqualTo(200);
        awaitLogLine("gateway", traceId, "GET /api/finance/years 200");
        awaitLogLine("finance-service", traceId, "GET /api/finance/years 200");
    }

    @Test
    void theComposedReportsCallsToEveryServiceKeepTheCallersTraceIdUnsampledToo() {
        String traceId = random(16);

        HttpResponse<String> response = get(Platform.GATEWAY, "/api/reports/" + YEAR, Tokens.forUser("staff"),
                "00-" + traceId + "-" + random(8) + "-00");

        assertThat(response.statusCode()).isEqualTo(200);
        awaitLogLine("gateway", traceId, "GET /api/reports/" + YEAR + " 200");
        for (Platform.Service service : Platform.Service.values()) {
            awaitLogLine(program(service), traceId, "GET /api/" + service.api + "/" + YEAR + "/");
        }
    }

    @Test
    void monitoringReadsTheGatewaysTimersPerRouteAndPerServiceOfTheComposition() {
        String staff = Tokens.forUser("staff");
        assertThat(Api.get(Platform.GATEWAY, "/api/hr/years", staff).statusCode()).isEqualTo(200);
        assertThat(Api.get(Platform.GATEWAY, "/api/dashboards/" + YEAR, staff).statusCode()).isEqualTo(200);

        String metrics = scrape(Platform.GATEWAY, Tokens.forMonitoring());

        assertThat(metrics).containsPattern(series("spring_cloud_gateway_http_client_requests_seconds_count",
                "spring_cloud_gateway_route_id=\"hr\""));
        for (String service : List.of("finance", "hr", "climate", "services-goals")) {
            assertThat(metrics).containsPattern(series("http_client_requests_seconds_count", "service=\"" + service + "\""));
        }
    }

    @Test
    void everyProgramsMetricsAreReadTheAllowedWay() {
        String monitoring = Tokens.forMonitoring();
        for (Platform.Service service : Platform.Service.values()) {
            Api.get(service.direct, service.yearsPath(), Tokens.forUser("staff"));
            assertThat(scrape(service.direct, monitoring)).as(service.api)
                    .containsPattern(series("http_server_requests_seconds_count", "uri=\"/api/" + service.api + "/years\""));
        }
        assertThat(scrape(Platform.KEY_FIGURES, monitoring)).contains("jvm_memory_used_bytes");
        assertThat(scrape(Platform.CONFIG_SERVER, null)).contains("jvm_memory_used_bytes");
    }

    @Test
    void theGatewaysPublicPortRefusesTheMetricsToAnonymousCallersAndToPeople() {
        HttpResponse<String> anonymous = Api.get(Platform.GATEWAY, "/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("jvm_");
        for (String user : List.of("staff", "controller", "admin")) {
            assertThat(Api.get(Platform.GATEWAY, "/actuator/prometheus", Tokens.forUser(user)).statusCode()).as(user)
                    .isEqualTo(403);
        }
        for (Platform.Service service : Platform.Service.values()) {
            HttpResponse<String> routed = Api.get(Platform.GATEWAY, "/api/" + service.api + "/actuator/prometheus",
                    Tokens.forMonitoring());
            assertThat(routed.statusCode()).as(service.api).isEqualTo(403);
            assertThat(routed.body()).doesNotContain("jvm_");
        }
        assertThat(Api.get(Platform.Service.FINANCE.direct, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
    }

    /** As Prometheus asks: its text format (a JSON {@code Accept} gets 406). */
    private static String scrape(URI program, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(program.resolve("/actuator/prometheus"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/plain;version=0.0.4");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = Calls.send(request.GET().build());
        assertThat(response.statusCode()).as(program + "/actuator/prometheus").isEqualTo(200);
        return response.body();
    }

    private static Pattern series(String name, String tag) {
        return Pattern.compile("(?m)^" + name + "\\{[^}]*" + tag);
    }

    private static HttpResponse<String> get(URI base, String path, String bearer, String traceparent) {
        return Calls.send("GET", base, path, bearer, Map.of("traceparent", traceparent), null, null);
    }

    /** The program's log gets a line with the trace id (Boot's {@code [traceId-spanId]}) and the request. */
    private static void awaitLogLine(String program, String traceId, String request) {
        Path log = Platform.STATE.resolve("logs").resolve(program + ".log");
        Pattern line = Pattern.compile("(?m)^.*\\[" + traceId + "-[0-9a-f]{16}\\].*" + Pattern.quote(request) + ".*$");
        Instant deadline = Instant.now().plus(LOG_WAIT);
        while (!line.matcher(read(log)).find()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No line with trace id " + traceId + " and \"" + request + "\" in " + log);
            }
            sleep();
        }
    }

    private static String program(Platform.Service service) {
        return switch (service) {
            case FINANCE -> "finance-service";
            case HR -> "hr-service";
            case CLIMATE -> "climate-service";
            case SERVICES_GOALS -> "services-goals-service";
        };
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
