package no.arsberetning.gateway.me;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.common.security.KeycloakClaims;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who is logged in, with which roles and service areas — for the UI and scripts. */
@RestController
class MeController {

    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        Map<String, Object> claims = claimsOf(authentication);
        Set<String> roles = new TreeSet<>();
        authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith(KeycloakAuthorities.ROLE_PREFIX))
                .map(a -> a.substring(KeycloakAuthorities.ROLE_PREFIX.length()))
                .forEach(roles::add);
        return new Me((String) claims.getOrDefault("preferred_username", authentication.getName()),
                (String) claims.get("name"), roles, KeycloakClaims.serviceAreas(claims));
    }

    private static Map<String, Object> claimsOf(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getClaims();
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return user.getClaims();
        }
        return Map.of();
    }

    record Me(String username, String name, Set<String> roles, Set<String> serviceAreas) {
    }
}
