package no.arsberetning.common.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the platform's claims from a Keycloak token's claim set: realm roles and service areas. */
public final class KeycloakClaims {

    public static final String REALM_ACCESS = "realm_access";
    public static final String SERVICE_AREAS = "service_areas";

    private KeycloakClaims() {
    }

    /** The realm roles in {@code realm_access.roles}; empty when the claim is absent or malformed. */
    public static Set<String> realmRoles(Map<String, Object> claims) {
        if (claims.get(REALM_ACCESS) instanceof Map<?, ?> realmAccess) {
            return strings(realmAccess.get("roles"));
        }
        return Set.of();
    }

    /** The service-area codes in the multi-valued {@code service_areas} claim. */
    public static Set<String> serviceAreas(Map<String, Object> claims) {
        return strings(claims.get(SERVICE_AREAS));
    }

    private static Set<String> strings(Object value) {
        Collection<?> values = List.of();
        if (value instanceof Collection<?> c) {
            values = c;
        } else if (value instanceof String s) {
            values = List.of(s);
        }
        Set<String> result = new TreeSet<>();
        for (Object v : values) {
            if (v instanceof String s && !s.isBlank()) {
                result.add(s);
            }
        }
        return Set.copyOf(result);
    }
}
