package no.arsberetning.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Spring Security creates the CSRF token lazily; subscribing to it here writes the {@code XSRF-TOKEN}
 * cookie on every page, so the browser UI can send it back on writes and on logout. A request with a bearer
 * token is an API client's, which has no cookies to protect: it gets none (a random token each time cost CPU).
 */
@Component
class CsrfCookieWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return (token == null || BearerTokenHeaderConverter.presentIn(exchange) ? Mono.empty() : token).then(chain.filter(exchange));
    }
}
