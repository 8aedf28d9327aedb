package no.arsberetning.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real tokens from the real Keycloak: people through the authorization-code flow with PKCE of the
 * {@code arsberetning-cli} client (logging in on Keycloak's page), the committee portal and monitoring through client
 * credentials. No test back door: the realm has no password grant.
 */
public final class Tokens {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REDIRECT = "http://localhost:49152/callback";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** An access token for a demo user, logged in through Keycloak's login page (again when it is about to expire). */
    public static String forUser(String user) {
        return fresh("user:" + user, () -> login(user));
    }

    /** A new login through Keycloak's login page, never a cached token: what a person logging in now gets. */
    static String newLogin(String user) {
        String token = login(user);
        CACHE.put("user:" + user, token);
        return token;
    }

    static String forCommitteePortal() {
        return forClient("committee-portal");
    }

    /** The monitoring client's token (client credentials): what Prometheus scrapes {@code /actuator/prometheus} with. */
    static String forMonitoring() {
        return forClient("monitoring");
    }

    private static String forClient(String clientId) {
        return fresh("client:" + clientId, () -> {
            HttpResponse<String> response = new Browser().postForm(URI.create(Platform.ISSUER + "/protocol/openid-connect/token"),
                    Map.of("grant_type", "client_credentials", "client_id", clientId,
                            "client_secret", Platform.clientSecret(clientId)));
            return accessToken(response);
        });
    }

    /** Tokens live five minutes; the suite runs longer, so a cached one is used only while it has a minute left. */
    private static String fresh(String key, java.util.function.Supplier<String> obtain) {
        return CACHE.compute(key, (k, cached) -> cached != null
                && claims(cached).get("exp").asLong() - java.time.Instant.now().getEpochSecond() > 60 ? cached : obtain.get());
    }

    /** A token the master realm issues to its administrator: valid, but from another issuer. */
    static String fromAnotherRealm() {
        HttpResponse<String> response = new Browser().postForm(URI.create(Platform.KEYCLOAK + "/realms/master/protocol/openid-connect/token"),
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "keycloak-admin",
                        "password", Platform.keycloakAdminPassword()));
        return accessToken(response);
    }

    static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static String login(String user) {
        String verifier = random();
        String state = random();
        URI authorize = URI.create(Platform.ISSUER + "/protocol/openid-connect/auth?client_id=arsberetning-cli"
                + "&response_type=code&scope=openid&redirect_uri=" + REDIRECT
                + "&state=" + state + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
        Browser browser = new Browser();
        HttpResponse<String> redirect = browser.loginThrough(authorize, user, Platform.password(user), REDIRECT);
        URI callback = URI.create(redirect.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("Login as " + user + " did not redirect back: " + redirect.statusCode())));
        Map<String, String> query = Query.parse(callback.getRawQuery());
        if (!state.equals(query.get("state"))) {
            throw new IllegalStateException("State mismatch in " + callback);
        }
        HttpResponse<String> tokens = browser.postForm(URI.create(Platform.ISSUER + "/protocol/openid-connect/token"),
                Map.of("grant_type", "authorization_code", "client_id", "arsberetning-cli", "code", query.get("code"),
                        "redirect_uri", REDIRECT, "code_verifier", verifier));
        return accessToken(tokens);
    }

    private static String accessToken(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
