package no.arsberetning.gateway.security;

import java.util.List;
import java.util.stream.Stream;

import no.arsberetning.common.testing.TokenForge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway judges bearer tokens itself, as every service does ({@code ServiceContractTests}): the
 * forged tokens Keycloak can never issue (expired, not yet valid, wrong or missing audience, signed by
 * another key…) are refused here with 401 as a problem document. The e2e suite adds real-Keycloak ones.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only"})
@AutoConfigureWebTestClient
class GatewayForgedTokenTests {

    private static final TokenForge FORGE = new TokenForge();

    @DynamicPropertySource
    static void trustTheForge(DynamicPropertyRegistry registry) {
        registry.add("arsberetning.issuer-uri", () -> TokenForge.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", FORGE::jwkSetUri);
    }

    @AfterAll
    static void stop() {
        FORGE.stop();
    }

    WebTestClient http;

    /** The first requests of a fresh context are slow on a busy build machine. */
    @Autowired
    void client(WebTestClient client) {
        http = client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    @Test
    void aWellFormedTokenFromTheTrustedIssuerIsAccepted() {
        http.get().uri("/api/me").header("Authorization", "Bearer " + FORGE.signed(TokenForge.claims("staff")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.roles[0]").isEqualTo("staff");
    }

    /** A bearer request is judged by its token alone: it makes no session and gets no cookies (bench/README.md). */
    @Test
    void aBearerRequestGetsNoSessionAndNoCookies() {
        String token = FORGE.signed(TokenForge.claims("staff"));
        for (int i = 0; i < 2; i++) { // the second time from the gateway's remembered tokens
            http.get().uri("/api/me").header("Authorization", "Bearer " + token)
                    .exchange().expectStatus().isOk()
                    .expectHeader().doesNotExist("Set-Cookie");
        }
        http.get().uri("/tilgjengelighet").exchange().expectStatus().isOk()
                .expectCookie().exists("XSRF-TOKEN");
    }

    @Test
    void aMalformedBearerTokenIsRefused() {
        String token = FORGE.signed(TokenForge.claims("staff"));
        for (String authorization : List.of("Bearer " + token + " x", "Bearer  " + token, "Bearer ", "bearer " + token + "%")) {
            http.get().uri("/api/me").header("Authorization", authorization).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    static Stream<Arguments> forgedTokens() {
        return FORGE.forgedTokens("controller");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aForgedTokenIsRefusedBeforeAnythingIsRouted(String what, String token) {
        for (String path : List.of("/api/me", "/api/finance/years", "/api/reports/2023")) {
            http.get().uri(path).header("Authorization", "Bearer " + token).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        http.post().uri("/api/releases/2023").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isUnauthorized();
    }

}
