package no.arsberetning.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's Keycloak client.
 *
 * @param issuerUri the realm's issuer, as the browser reaches it
 * @param backchannelUri the realm as the gateway reaches it (tokens, keys, user info); usually the issuer
 * @param clientId the confidential browser-login client
 * @param clientSecret its secret, from the environment (never in the repository)
 */
@ConfigurationProperties("arsberetning")
public record SsoProperties(String issuerUri, String backchannelUri, Client client) {

    public record Client(String id, String secret) {
    }

    String endpoint(String base, String path) {
        return base + "/protocol/openid-connect/" + path;
    }
}
