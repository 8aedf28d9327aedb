package no.arsberetning.gateway;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.util.List;
import java.util.Map;

import no.arsberetning.common.security.KeycloakAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's own rules, before anything is routed: health open, API paths 401 as a problem document
 * (not a redirect), pages redirect to Keycloak's login, committee refused working data. The real token
 * checks and routing to the services are proven end to end against Keycloak.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only"})
@AutoConfigureWebTestClient
class GatewaySecurityTests {

    @Autowired
    WebTestClient http;

    static JwtMutator token(String role, String... areas) {
        return mockJwt().jwt(j -> j
                        .claim("preferred_username", "test." + role)
                        .claim("realm_access", Map.of("roles", List.of(role)))
                        .claim("service_areas", List.of(areas)))
                .authorities(new KeycloakAuthorities());
    }

    @Test
    void healthIsOpen() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void apiWithoutTokenIsUnauthorizedProblemNotARedirect() {
        for (String path : List.of("/api/finance/years", "/api/hr/years", "/api/climate/years", "/api/service-areas/years",
                "/api/key-figures/groups", "/api/me")) {
            http.get().uri(path).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(401);
        }
    }

    @Test
    void pagesRedirectToKeycloakLogin() {
        http.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    @Test
    void loginStartsAuthorizationCodeWithPkceAtTheIssuer() {
        http.get().uri("/oauth2/authorization/keycloak").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value("Location", location -> org.assertj.core.api.Assertions.assertThat(location)
                        .startsWith("http://localhost:8180/realms/arsberetning/protocol/openid-connect/auth?")
                        .contains("client_id=gateway", "code_challenge_method=S256", "scope=openid"));
    }

    @Test
    void committeeIsRefusedWorkingData() {
        for (String path : List.of("/api/finance/years", "/api/key-figures/compare?measure=KOSkulturinnb0000&year=2023")) {
            http.mutateWith(token("committee")).get().uri(path).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void committeeIsRefusedTheCurrentDataTablesAndWritesToReleaseTables() {
        for (String path : List.of("/api/reports/2023/tables", "/api/reports/2023/tables/1.1.csv", "/api/reports/2023/tables/4.4.json")) {
            http.mutateWith(token("committee")).get().uri(path).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        http.mutateWith(token("controller")).post().uri("/api/published/2023/1/tables/1.1.csv")
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void staffCannotWriteThroughTheGateway() {
        for (String path : List.of("/api/service-areas/2023/skole/accounts", "/api/key-figures/groups")) {
            http.mutateWith(token("staff")).post().uri(path)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().expectStatus().isForbidden();
        }
    }

    @Test
    void meShowsRolesAndServiceAreas() {
        http.mutateWith(token("reporter", "helse-og-omsorg", "psykisk-helse-og-rus")).get().uri("/api/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("test.reporter")
                .jsonPath("$.roles[0]").isEqualTo("reporter")
                .jsonPath("$.serviceAreas.length()").isEqualTo(2);
    }
}
