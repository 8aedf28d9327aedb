package no.arsberetning.gateway.security;

import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import no.arsberetning.common.BeanWrapping;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.common.security.Roles;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * People log in through Keycloak's page (OIDC, a session, the token relayed to the services); API
 * clients send bearer tokens, checked here and again by each service. API paths answer 401 as a problem
 * document instead of redirecting to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    static final String[] SERVICE_APIS = {"/api/finance/**", "/api/hr/**", "/api/climate/**", "/api/service-areas/**",
            "/api/key-figures/**"};
    /** What the gateway composes from working data: readers only, never the committee. */
    static final String[] COMPOSED = {"/api/reports/**", "/reports/**", "/api/dashboards/**"};

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
            ObjectMapper json) {
        ProblemServerHandlers problems = new ProblemServerHandlers(json);
        ServerWebExchangeMatcher api = ServerWebExchangeMatchers.pathMatchers("/api/**");
        // The first rule that matches decides; the services' APIs, asked most often, are checked first (no
        // path matches two rules, so the order between them does not change who may do what).
        http.authorizeExchange(exchanges -> exchanges
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
                        .pathMatchers(HttpMethod.GET, "/tilgjengelighet", "/tilgjengelighet/**").permitAll()
                        .anyExchange().authenticated())
                .securityContextRepository(SessionUnlessBearer.securityContexts())
                .requestCache(cache -> cache.requestCache(SessionUnlessBearer.savedRequests()))
                .oauth2Login(login -> { })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerTokenHeaderConverter())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(KeycloakAuthorities.jwtAuthenticationConverter())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint(api, problems))
                        .accessDeniedHandler(problems))
                .logout(logout -> logout.logoutSuccessHandler(oidcLogout(registrations)))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(browserWrites()));
        return http.build();
    }

    /**
     * No observation of each security filter, authentication and authorization: with nothing exporting
     * them, wrapping every filter of the chain on every request was a measurable share of the gateway's CPU.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, its header-value rule checked without a regular expression. */
    @Bean
    ServerWebExchangeFirewall firewall() {
        return HeaderValueRule.firewall();
    }

    /**
     * Verified tokens are remembered until they expire ({@link VerifiedTokenCache}); 1 000 tokens of about
     * 4 kB each at most, far more than the clients active within a token's 5 minutes.
     */
    @Bean
    static BeanPostProcessor verifiedTokensRemembered() {
        return BeanWrapping.replaceEvery(ReactiveJwtDecoder.class, VerifiedTokenCache.class,
                decoder -> new VerifiedTokenCache(decoder, 1_000, Clock.systemUTC()));
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

    /** CSRF protects cookie sessions; a request carrying a bearer token has no cookie to abuse. */
    private static ServerWebExchangeMatcher browserWrites() {
        ServerWebExchangeMatcher bearer = exchange -> BearerTokenHeaderConverter.presentIn(exchange)
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
        return new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER, new NegatedServerWebExchangeMatcher(bearer));
    }
}
