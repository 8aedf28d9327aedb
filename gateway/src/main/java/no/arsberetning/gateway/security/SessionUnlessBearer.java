package no.arsberetning.gateway.security;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.server.ServerWebExchange;

/**
 * People's logins (and the page they asked for before logging in) live in the session; a request with a
 * bearer token is authenticated by its token alone and never touches the session. Spring's defaults looked
 * the session up on every request, and for a request without a session cookie created one each time: a
 * new session is made on another thread pool (its id comes from {@code SecureRandom}), so every API call
 * changed threads twice, a third of the gateway's CPU per routed request (bench/README.md).
 */
final class SessionUnlessBearer {

    private SessionUnlessBearer() {
    }

    static ServerSecurityContextRepository securityContexts() {
        return new SecurityContexts(new WebSessionServerSecurityContextRepository());
    }

    static ServerRequestCache savedRequests() {
        return new SavedRequests(new WebSessionServerRequestCache());
    }

    private record SecurityContexts(ServerSecurityContextRepository sessions) implements ServerSecurityContextRepository {

        @Override
        public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
            return BearerTokenHeaderConverter.presentIn(exchange) ? Mono.empty() : sessions.save(exchange, context);
        }

        @Override
        public Mono<SecurityContext> load(ServerWebExchange exchange) {
            return BearerTokenHeaderConverter.presentIn(exchange) ? Mono.empty() : sessions.load(exchange);
        }
    }

    private record SavedRequests(ServerRequestCache sessions) implements ServerRequestCache {

        @Override
        public Mono<Void> saveRequest(ServerWebExchange exchange) {
            return BearerTokenHeaderConverter.presentIn(exchange) ? Mono.empty() : sessions.saveRequest(exchange);
        }

        @Override
        public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
            return BearerTokenHeaderConverter.presentIn(exchange) ? Mono.empty() : sessions.getRedirectUri(exchange);
        }

        @Override
        public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
            return BearerTokenHeaderConverter.presentIn(exchange) ? Mono.empty() : sessions.removeMatchingRequest(exchange);
        }
    }
}
