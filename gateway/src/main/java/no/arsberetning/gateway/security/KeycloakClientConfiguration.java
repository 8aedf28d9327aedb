package no.arsberetning.gateway.security;

import java.time.Duration;
import java.util.Map;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The Keycloak client registration, built from the one issuer URL rather than fetched from Keycloak at
 * start, so the gateway starts (and stays up) while Keycloak is still starting or briefly away.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakClientConfiguration {

    static final String REGISTRATION_ID = "keycloak";
    static final Duration KEYCLOAK_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration KEYCLOAK_RESPONSE_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(SsoProperties sso) {
        String back = sso.backchannelUri();
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(sso.client().id())
                .clientSecret(sso.client().secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(sso.issuerUri())
                .authorizationUri(sso.endpoint(sso.issuerUri(), "auth"))
                .tokenUri(sso.endpoint(back, "token"))
                .jwkSetUri(sso.endpoint(back, "certs"))
                .userInfoUri(sso.endpoint(back, "userinfo"))
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", sso.endpoint(sso.issuerUri(), "logout")))
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        return new InMemoryReactiveClientRegistrationRepository(keycloak);
    }

    /**
     * The relayed tokens are kept in the person's browser session, which Spring Session keeps in Redis: any gateway
     * pod relays them, and a pod that dies takes no login with it (Boot's default keeps them in the pod's memory).
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Keeps the relayed access token fresh: tokens live five minutes, sessions longer. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients) {
        var refresh = new WebClientReactiveRefreshTokenTokenResponseClient();
        refresh.setWebClient(keycloakWebClient());
        var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(token -> token.accessTokenResponseClient(refresh))
                .build());
        return manager;
    }

    /** The login's code-for-token exchange, with a time limit: a stalled Keycloak fails the login instead of hanging it. */
    @Bean
    ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCodeTokenClient() {
        var client = new WebClientReactiveAuthorizationCodeTokenResponseClient();
        client.setWebClient(keycloakWebClient());
        return client;
    }

    /** The login's user info call, with the same time limit. */
    @Bean
    ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        var oauth2 = new DefaultReactiveOAuth2UserService();
        oauth2.setWebClient(keycloakWebClient());
        var oidc = new OidcReactiveOAuth2UserService();
        oidc.setOauth2UserService(oauth2);
        return oidc;
    }

    /** Calls to Keycloak's token and user-info endpoints: connect within 2 s, an answer within 10 s. */
    private static WebClient keycloakWebClient() {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) KEYCLOAK_CONNECT_TIMEOUT.toMillis())
                .responseTimeout(KEYCLOAK_RESPONSE_TIMEOUT);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }
}
