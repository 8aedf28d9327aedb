package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Bearer tokens from the real Keycloak, through the gateway and straight to each service's own port:
 * services never trust the gateway alone (brief § 2).
 */
class TokenSecurityIT {

    /** Every service, reached through the gateway and directly. */
    static Stream<Arguments> entrances() {
        List<Arguments> entrances = new ArrayList<>();
        for (Service service : Service.values()) {
            entrances.add(Arguments.of(service, "gateway", Platform.GATEWAY));
            entrances.add(Arguments.of(service, "direct", service.direct));
        }
        return entrances.stream();
    }

    static Stream<Arguments> readersAndServices() {
        List<Arguments> cases = new ArrayList<>();
        for (String user : List.of("staff", "controller", "admin", "reporter.skole", "reporter.helse")) {
            for (Service service : Service.values()) {
                cases.add(Arguments.of(user, service));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} reads {1} through the gateway")
    @MethodSource("readersAndServices")
    void aValidTokenReachesEveryServiceThroughTheGateway(String user, Service service) {
        HttpResponse<String> response = Api.get(Platform.GATEWAY, service.yearsPath(), Tokens.forUser(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode years = Api.json(response);
        assertThat(years.isArray()).isTrue();
        assertThat(years.findValuesAsString("year")).isNotEmpty();
        assertThat(years.get(0).get("year").asInt()).isEqualTo(2023);
    }

    @ParameterizedTest(name = "{0} {1}: no token is 401")
    @MethodSource("entrances")
    void withoutATokenIsUnauthorized(Service service, String via, URI base) {
        HttpResponse<String> response = Api.get(base, service.yearsPath(), null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @ParameterizedTest(name = "{0} {1}: a tampered token is 401")
    @MethodSource("entrances")
    void aTamperedTokenIsUnauthorized(Service service, String via, URI base) {
        String token = Tokens.forUser("reporter.skole");
        assertThat(Api.get(base, service.yearsPath(), token).statusCode()).isEqualTo(200);

        HttpResponse<String> response = Api.get(base, service.yearsPath(), promotedToController(token));
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} {1}: alg none, HS256 with the realm's public key, an unknown key are 401")
    @MethodSource("entrances")
    void forgedSignaturesAreUnauthorized(Service service, String via, URI base) throws Exception {
        String real = Tokens.forUser("controller");
        for (String forged : List.of(ForgedTokens.unsigned(real), ForgedTokens.hmacWithRealmPublicKey(real),
                ForgedTokens.unknownKey(real))) {
            assertThat(Api.get(base, service.yearsPath(), forged).statusCode()).as(forged).isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "{0} {1}: another issuer's token is 401")
    @MethodSource("entrances")
    void aTokenFromAnotherIssuerIsUnauthorized(Service service, String via, URI base) {
        String foreign = Tokens.fromAnotherRealm();
        assertThat(Tokens.claims(foreign).get("iss").asString()).endsWith("/realms/master");
        assertThat(Api.get(base, service.yearsPath(), foreign).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} {1}: committee portal is 403")
    @MethodSource("entrances")
    void theCommitteePortalMayNotReadWorkingData(Service service, String via, URI base) {
        String token = Tokens.forCommitteePortal();
        assertThat(Tokens.claims(token).at("/realm_access/roles").toString()).contains("committee");
        HttpResponse<String> response = Api.get(base, service.yearsPath(), token);
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}: a valid token is accepted straight at the service")
    @EnumSource(Service.class)
    void servicesCheckTokensThemselves(Service service) {
        assertThat(Api.get(service.direct, service.yearsPath(), Tokens.forUser("staff")).statusCode()).isEqualTo(200);
    }

    @Test
    void aReportersTokenCarriesItsServiceAreasAndThePlatformAudience() {
        JsonNode claims = Tokens.claims(Tokens.forUser("reporter.helse"));
        assertThat(claims.get("iss").asString()).isEqualTo(Platform.ISSUER);
        assertThat(claims.get("aud").toString()).contains("arsberetning-api");
        assertThat(claims.get("service_areas").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("helse-og-omsorg", "psykisk-helse-og-rus");
        assertThat(claims.at("/realm_access/roles").toString()).contains("reporter");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isLessThanOrEqualTo(300);

        JsonNode me = Api.json(Api.get(Platform.GATEWAY, "/api/me", Tokens.forUser("reporter.skole")));
        assertThat(me.get("username").asString()).isEqualTo("reporter.skole");
        assertThat(me.get("serviceAreas").toString()).isEqualTo("[\"skole\"]");
    }

    /** The same token with its payload changed to claim the controller role; the signature no longer fits. */
    private static String promotedToController(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"reporter\"", "\"controller\"");
        assertThat(payload).contains("\"controller\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }
}
