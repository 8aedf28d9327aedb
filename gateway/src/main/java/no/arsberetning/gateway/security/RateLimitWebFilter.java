package no.arsberetning.gateway.security;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.Map;

import no.arsberetning.common.problem.Problems;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * A token bucket per principal (the authenticated token's or session's name), else per remote address:
 * over the limit is 429 as a problem document with {@code Retry-After}. Runs after authentication, so a
 * forged token never gets a bucket of its own; health checks are never limited.
 */
class RateLimitWebFilter implements WebFilter, Ordered {

    private static final Principal ANONYMOUS = () -> "";

    /** After Spring Security's filter chain (order -100), which puts the principal on the exchange. */
    static final int ORDER = 0;

    private final TokenBuckets buckets;
    private final Map<String, TokenBuckets> clients;
    private final ProblemServerHandlers problems;

    /** One set of buckets for people and scripts, and one per machine client configured with its own size. */
    RateLimitWebFilter(TokenBuckets buckets, Map<String, TokenBuckets> clients, ProblemServerHandlers problems) {
        this.buckets = buckets;
        this.clients = Map.copyOf(clients);
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(principal -> principal)
                .defaultIfEmpty(ANONYMOUS)
                .flatMap(principal -> {
                    long retryAfter = principal == ANONYMOUS
                            ? buckets.take("address:" + address(exchange))
                            : bucketsOf(principal).take("principal:" + principal.getName());
                    if (retryAfter == 0) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                    return problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS,
                            Problems.tooManyRequests(retryAfter));
                });
    }

    private TokenBuckets bucketsOf(Principal principal) {
        if (principal instanceof JwtAuthenticationToken jwt) {
            String client = jwt.getToken().getClaimAsString("azp");
            if (client != null && clients.containsKey(client)) {
                return clients.get(client);
            }
        }
        return buckets;
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
