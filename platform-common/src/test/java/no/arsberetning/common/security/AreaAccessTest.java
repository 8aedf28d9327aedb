package no.arsberetning.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The area rule of brief § 2 as a table: role, the token's areas, the area written, allowed. */
class AreaAccessTest {

    @ParameterizedTest(name = "{0} with areas [{1}] writing {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "reporter   | skole                               | skole                | true",
            "reporter   | skole                               | barnehage            | false",
            "reporter   | helse-og-omsorg psykisk-helse-og-rus | psykisk-helse-og-rus | true",
            "reporter   | ''                                  | skole                | false",
            "controller | ''                                  | barnehage            | true",
            "staff      | skole                               | skole                | false",
            "committee  | skole                               | skole                | false",
            "admin      | ''                                  | skole                | false"})
    void decidesWhoMayWriteAnArea(String role, String areas, String area, boolean allowed) {
        JwtAuthenticationToken authentication = authentication(role, areas.isBlank() ? List.of() : List.of(areas.split(" ")));
        assertThat(AreaAccess.mayWrite(authentication, area)).isEqualTo(allowed);
        if (!allowed) {
            assertThatThrownBy(() -> AreaAccess.requireWrite(authentication, area))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining(area);
        }
    }

    private static JwtAuthenticationToken authentication(String role, List<String> areas) {
        var jwt = KeycloakAuthoritiesTest.jwt(Map.of(
                "realm_access", Map.of("roles", List.of(role)),
                "service_areas", areas));
        return new JwtAuthenticationToken(jwt, new KeycloakAuthorities().convert(jwt));
    }
}
