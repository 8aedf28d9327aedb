package no.arsberetning.gateway.services;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Calls the services on the caller's behalf: an API client's bearer token is passed on as it came; a
 * person logged in through the browser gets the session's access token (refreshed when it has expired).
 * The services then check the token and the caller's rights themselves.
 */
@Component
public class CallerToken implements ExchangeFilterFunction {

    private final ReactiveOAuth2AuthorizedClientManager clients;

    CallerToken(ReactiveOAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        return current()
                .map(token -> ClientRequest.from(request).headers(h -> h.setBearerAuth(token)).build())
                .defaultIfEmpty(request)
                .flatMap(next::exchange);
    }

    Mono<String> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .flatMap(this::tokenOf);
    }

    private Mono<String> tokenOf(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Mono.just(jwt.getToken().getTokenValue());
        }
        if (authentication instanceof OAuth2AuthenticationToken login) {
            OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                    .withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                    .principal(login)
                    .build();
            return clients.authorize(request).map(client -> client.getAccessToken().getTokenValue());
        }
        return Mono.empty();
    }
}
