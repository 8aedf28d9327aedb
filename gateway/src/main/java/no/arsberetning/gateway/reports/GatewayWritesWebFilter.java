package no.arsberetning.gateway.reports;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Counts every request that may have written ({@link GatewayWrites}), routed to a service or answered by the gateway
 * itself (publishing, opening a year), just before its answer is sent. A request refused with a 4xx wrote nothing and
 * is not counted, so nobody can make the gateways forget what they learnt by sending bad requests.
 */
@Component
class GatewayWritesWebFilter implements WebFilter {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final GatewayWrites writes;

    GatewayWritesWebFilter(GatewayWrites writes) {
        this.writes = writes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (SAFE.contains(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        exchange.getResponse().beforeCommit(() -> refused(exchange.getResponse().getStatusCode())
                ? Mono.empty() : writes.advance());
        return chain.filter(exchange);
    }

    private static boolean refused(HttpStatusCode status) {
        return status != null && status.is4xxClientError();
    }
}
