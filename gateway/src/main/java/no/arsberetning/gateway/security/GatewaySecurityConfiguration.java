package no.arsberetning.gateway.security;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.common.security.Roles;
import no.arsberetning.gateway.tuning.BearerTokenHeaderConverter;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.util.StringUtils;

/**
 * Two filter chains. API clients send bearer tokens: checked here (and again by each service), stateless — no
 * session is looked up or made, no CSRF token, no saved request. People log in through Keycloak's page (OIDC,
 * a session, the token relayed to the services, CSRF on writes). Both apply the same authorization rules;
 * API paths and the actuator's answer 401 and 403 as problem documents instead of redirecting to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    static final String[] SERVICE_APIS = {"/api/finance/**", "/api/hr/**", "/api/climate/**", "/api/service-areas/**",
            "/api/key-figures/**"};
    /** What the gateway composes from working data: readers only, never the committee. */
    static final String[] COMPOSED = {"/api/reports/**", "/reports/**", "/api/dashboards/**"};

    /**
     * Requests that name a bearer token ({@code Authorization: Bearer …}, case ignored as RFC 6750 allows),
     * well-formed or not: they are judged by the token alone, and a malformed one is 401.
     */
    private static final ServerWebExchangeMatcher BEARER = exchange -> StringUtils.startsWithIgnoreCase(
            exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION), "Bearer")
                    ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();

    @Bean
    @Order(1)
    SecurityWebFilterChain apiClients(ServerHttpSecurity http, ObjectMapper json) {
        ProblemServerHandlers problems = new ProblemServerHandlers(json);
        return authorized(http)
                .securityMatcher(BEARER)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerTokenHeaderConverter())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(KeycloakAuthorities.jwtAuthenticationConverter())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain people(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations, ObjectMapper json) {
        ProblemServerHandlers problems = new ProblemServerHandlers(json);
        return authorized(http)
                .oauth2Login(login -> { })
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint(ServerWebExchangeMatchers.pathMatchers("/api/**", "/actuator/**"), problems))
                        .accessDeniedHandler(problems))
                .logout(logout -> logout.logoutSuccessHandler(oidcLogout(registrations)))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
                .build();
    }

    /**
     * Who may do what, the same for people and API clients. The first rule that matches decides; the services'
     * APIs, asked most often, are checked first (no path matches two rules, so the order between them does not
     * change who may do what).
     */
    private static ServerHttpSecurity authorized(ServerHttpSecurity http) {
        return http.authorizeExchange(exchanges -> exchanges
                .pathMatchers(HttpMethod.GET, SERVICE_APIS).hasAnyRole(Roles.READERS)
                .pathMatchers(SERVICE_APIS).hasAnyRole(Roles.REPORTER, Roles.CONTROLLER, Roles.ADMIN)
                .pathMatchers(HttpMethod.GET, COMPOSED).hasAnyRole(Roles.READERS)
                .pathMatchers(HttpMethod.GET, "/api/years").hasAnyRole(Roles.READERS)
                .pathMatchers(HttpMethod.POST, "/api/years").hasAnyRole(Roles.CONTROLLER, Roles.ADMIN)
                .pathMatchers("/api/years", "/api/years/**").denyAll()
                .pathMatchers(HttpMethod.GET, "/api/releases/**").hasAnyRole(Roles.READERS)
                .pathMatchers("/api/releases/**").hasRole(Roles.CONTROLLER)
                .pathMatchers(HttpMethod.GET, "/api/published/**").hasAnyRole(Roles.PUBLISHED_READERS)
                .pathMatchers(COMPOSED).denyAll()
                .pathMatchers("/api/published/**").denyAll()
                .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .pathMatchers("/actuator/prometheus").hasRole(Roles.MONITORING)
                .pathMatchers(HttpMethod.GET, "/tilgjengelighet", "/tilgjengelighet/**").permitAll()
                .anyExchange().authenticated());
    }

    /**
     * No observation of each security filter, authentication and authorization: with nothing exporting
     * them, wrapping every filter of the chain on every request was a measurable share of the gateway's CPU.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Maps the realm roles in the ID token to authorities for people logged in through the browser. */
    @Bean
    GrantedAuthoritiesMapper keycloakRolesForLogin() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    mapped.addAll(KeycloakAuthorities.fromClaims(oidc.getIdToken().getClaims()));
                }
            }
            return mapped;
        };
    }

    private static DelegatingServerAuthenticationEntryPoint entryPoint(ServerWebExchangeMatcher api,
            ProblemServerHandlers problems) {
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(new DelegateEntry(api, problems));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(
                "/oauth2/authorization/" + KeycloakClientConfiguration.REGISTRATION_ID));
        return entryPoint;
    }

    private static OidcClientInitiatedServerLogoutSuccessHandler oidcLogout(ReactiveClientRegistrationRepository registrations) {
        var handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }
}
