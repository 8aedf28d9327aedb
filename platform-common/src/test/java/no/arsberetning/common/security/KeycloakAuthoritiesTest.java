package no.arsberetning.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakAuthoritiesTest {

    @Test
    void mapsRealmRolesToRoleAuthorities() {
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("reporter", "offline_access"))));
        assertThat(new KeycloakAuthorities().convert(jwt)).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_reporter", "ROLE_offline_access");
    }

    @Test
    void noRealmAccessMeansNoAuthorities() {
        assertThat(new KeycloakAuthorities().convert(jwt(Map.of("scope", "openid")))).isEmpty();
        assertThat(KeycloakAuthorities.fromClaims(Map.of("realm_access", "not-a-map"))).isEmpty();
    }

    @Test
    void readsMultiAndSingleValuedServiceAreas() {
        assertThat(KeycloakClaims.serviceAreas(Map.of("service_areas", List.of("skole", "barnehage", ""))))
                .containsExactlyInAnyOrder("skole", "barnehage");
        assertThat(KeycloakClaims.serviceAreas(Map.of("service_areas", "skole"))).containsExactly("skole");
        assertThat(KeycloakClaims.serviceAreas(Map.of())).isEmpty();
    }

    static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).subject("s");
        claims.forEach(builder::claim);
        return builder.build();
    }
}
