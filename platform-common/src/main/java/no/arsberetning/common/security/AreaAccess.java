package no.arsberetning.common.security;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who may write a service area's data (brief § 2): a controller any area, a reporter only the areas in
 * the token's {@code service_areas} claim. Every service asks this for every write, whichever way the
 * area was named (path, body or query).
 */
public final class AreaAccess {

    private AreaAccess() {
    }

    public static boolean mayWrite(Authentication authentication, String areaCode) {
        if (hasRole(authentication, Roles.CONTROLLER)) {
            return true;
        }
        return hasRole(authentication, Roles.REPORTER) && areasOf(authentication).contains(areaCode);
    }

    /** Throws {@link AccessDeniedException} (403) unless {@link #mayWrite} holds. */
    public static void requireWrite(Authentication authentication, String areaCode) {
        if (!mayWrite(authentication, areaCode)) {
            throw new AccessDeniedException("Ingen skrivetilgang til tjenesteområdet «" + areaCode + "».");
        }
    }

    public static Set<String> areasOf(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return KeycloakClaims.serviceAreas(jwt.getToken().getClaims());
        }
        return Set.of();
    }

    private static boolean hasRole(Authentication authentication, String role) {
        String wanted = KeycloakAuthorities.ROLE_PREFIX + role;
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(wanted::equals);
    }
}
