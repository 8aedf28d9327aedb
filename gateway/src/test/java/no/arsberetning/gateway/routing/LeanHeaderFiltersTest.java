package no.arsberetning.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.cloud.gateway.filter.headers.GRPCRequestHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveHopByHopHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** The lean header filters give exactly what Spring Cloud Gateway's own give, for requests with and without work. */
class LeanHeaderFiltersTest {

    static Stream<Map<String, List<String>>> requests() {
        return Stream.of(
                Map.of("Authorization", List.of("Bearer t"), "Accept", List.of("application/json")),
                Map.of("Authorization", List.of("Bearer t"), "Connection", List.of("keep-alive")),
                Map.of("Connection", List.of("close, X-Private"), "X-Private", List.of("secret"), "X-Kept", List.of("1")),
                Map.of("KEEP-ALIVE", List.of("timeout=5"), "Accept", List.of("*/*")),
                Map.of("Transfer-Encoding", List.of("chunked"), "Te", List.of("trailers"), "Upgrade", List.of("h2c")),
                Map.of("Proxy-Authorization", List.of("Basic x"), "Trailer", List.of("Expires")),
                Map.of("Content-Type", List.of("application/grpc+proto"), "Accept", List.of("*/*")),
                Map.of("Content-Type", List.of("Application/GRPC"), "Connection", List.of("keep-alive")),
                Map.of("Content-Type", List.of("application/json"), "X-Multi", List.of("a", "b")),
                Map.of());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void hopByHopGivesWhatTheGatewaysOwnGives(Map<String, List<String>> headers) {
        RemoveHopByHopHeadersFilter original = new RemoveHopByHopHeadersFilter();
        assertSame(original, new LeanHeaderFilters.HopByHop(original), headers);
    }

    @ParameterizedTest
    @MethodSource("requests")
    void grpcGivesWhatTheGatewaysOwnGives(Map<String, List<String>> headers) {
        assertSame(new GRPCRequestHeadersFilter(), new LeanHeaderFilters.GrpcRequest(), headers);
    }

    @ParameterizedTest
    @MethodSource("requests")
    void theLeanFiltersReplaceTheGatewaysOwn(Map<String, List<String>> headers) {
        var replaceHopByHop = LeanHeaderFilters.leanHopByHopInstead();
        var replaceGrpc = LeanHeaderFilters.leanGrpcRequestInstead();
        Object hopByHop = replaceHopByHop.postProcessAfterInitialization(new RemoveHopByHopHeadersFilter(), "removeHopByHopHeadersFilter");
        Object grpc = replaceGrpc.postProcessAfterInitialization(new GRPCRequestHeadersFilter(), "gRPCRequestHeadersFilter");
        assertThat(hopByHop).isInstanceOf(LeanHeaderFilters.HopByHop.class);
        assertThat(grpc).isInstanceOf(LeanHeaderFilters.GrpcRequest.class);
        assertThat(((RemoveHopByHopHeadersFilter) hopByHop).getOrder()).isEqualTo(new RemoveHopByHopHeadersFilter().getOrder());
        assertThat(replaceHopByHop.postProcessAfterInitialization(hopByHop, "again")).isSameAs(hopByHop);
        assertThat(replaceGrpc.postProcessAfterInitialization(hopByHop, "another type")).isSameAs(hopByHop);
    }

    private static void assertSame(HttpHeadersFilter original, HttpHeadersFilter lean, Map<String, List<String>> headers) {
        HttpHeaders input = new HttpHeaders();
        headers.forEach(input::addAll);
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/finance/years").headers(input));
        HttpHeaders expected = original.filter(HttpHeaders.readOnlyHttpHeaders(input), exchange);
        HttpHeaders actual = lean.filter(HttpHeaders.readOnlyHttpHeaders(input), exchange);
        assertThat(asMap(actual)).isEqualTo(asMap(expected));
    }

    private static Map<String, List<String>> asMap(HttpHeaders headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        headers.forEach((name, values) -> map.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
        return map;
    }
}
