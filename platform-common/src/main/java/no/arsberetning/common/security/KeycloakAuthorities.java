package no.arsberetning.common.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/** Maps Keycloak realm roles to Spring authorities ({@code staff} becomes {@code ROLE_staff}). */
public final class KeycloakAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String ROLE_PREFIX = "ROLE_";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return fromClaims(jwt.getClaims());
    }

    /** Authorities for a claim set; also used for the gateway's OIDC login (ID token claims). */
    public static Set<GrantedAuthority> fromClaims(Map<String, Object> claims) {
        return KeycloakClaims.realmRoles(claims).stream()
                .map(role -> new SimpleGrantedAuthority(ROLE_PREFIX + role))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A JWT authentication converter naming the principal by {@code preferred_username}. */
    public static JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new KeycloakAuthorities());
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }
}
