package no.arsberetning.gateway.security;

import java.net.InetSocketAddress;
import java.security.Principal;

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
 * A token bucket per principal (the authenticated token's or session's name), else per remote address, shared by
 * every gateway pod ({@link SharedRateLimits}): over the limit is 429 as a problem document with {@code Retry-After}.
 * Runs after authentication, so a forged token never gets a bucket of its own; health checks are never limited.
 */
class RateLimitWebFilter implements WebFilter, Ordered {

    private static final Principal ANONYMOUS = () -> "";

    /** After Spring Security's filter chain (order -100), which puts the principal on the exchange. */
    static final int ORDER = 0;

    private final SharedRateLimits limits;
    private final ProblemServerHandlers problems;

    RateLimitWebFilter(SharedRateLimits limits, ProblemServerHandlers problems) {
        this.limits = limits;
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
                .flatMap(principal -> (principal == ANONYMOUS
                        ? limits.take(SharedRateLimits.PEOPLE, "address:" + address(exchange))
                        : limits.take(limits.bucketOf(client(principal)), "principal:" + principal.getName())))
                .flatMap(retryAfter -> {
                    if (retryAfter == 0) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                    return problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS,
                            Problems.tooManyRequests(retryAfter));
                });
    }

    /** The machine client a bearer token was issued to ({@code azp}); none for a browser session. */
    private static String client(Principal principal) {
        return principal instanceof JwtAuthenticationToken jwt ? jwt.getToken().getClaimAsString("azp") : null;
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
