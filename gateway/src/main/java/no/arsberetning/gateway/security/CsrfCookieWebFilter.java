package no.arsberetning.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Spring Security creates the CSRF token lazily; subscribing to it here writes the {@code XSRF-TOKEN}
 * cookie on every page, so the browser UI can send it back on writes and on logout. Only people's requests
 * carry a CSRF token: an API client's (a bearer token) has no cookies to protect and gets none.
 */
@Component
class CsrfCookieWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
    }
}
