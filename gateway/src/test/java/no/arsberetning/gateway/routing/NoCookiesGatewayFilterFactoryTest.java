package no.arsberetning.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

class NoCookiesGatewayFilterFactoryTest {

    private final GatewayFilter filter = new NoCookiesGatewayFilterFactory().apply(new Object());

    @Test
    void cookiesAreNotPassedOnButEveryOtherHeaderIs() {
        ServerWebExchange routed = routed(MockServerHttpRequest.get("/api/finance/years")
                .header(HttpHeaders.COOKIE, "SESSION=abc; XSRF-TOKEN=def")
                .header(HttpHeaders.AUTHORIZATION, "Bearer token")
                .header("X-Request-Id", "42"));

        assertThat(routed.getRequest().getHeaders().containsHeader(HttpHeaders.COOKIE)).isFalse();
        assertThat(routed.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer token");
        assertThat(routed.getRequest().getHeaders().getFirst("X-Request-Id")).isEqualTo("42");
    }

    @Test
    void aRequestWithoutCookiesPassesUnchanged() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/finance/years")
                .header(HttpHeaders.AUTHORIZATION, "Bearer token"));

        assertThat(filtered(exchange)).isSameAs(exchange);
    }

    private ServerWebExchange routed(MockServerHttpRequest.BaseBuilder<?> request) {
        return filtered(MockServerWebExchange.from(request));
    }

    private ServerWebExchange filtered(ServerWebExchange exchange) {
        AtomicReference<ServerWebExchange> passedOn = new AtomicReference<>();
        filter.filter(exchange, next -> {
            passedOn.set(next);
            return Mono.empty();
        }).block();
        return passedOn.get();
    }
}
