package no.arsberetning.common.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes JWTs the way an attacker or a misconfigured issuer would, against a key set served on a real
 * socket: a service under test trusts this key set (its {@code jwk-set-uri}) and this issuer, so a
 * well-formed token is accepted and every forged variant must be refused.
 */
public final class TokenForge {

    public static final String ISSUER = "http://issuer.test/realms/arsberetning";
    public static final String AUDIENCE = "arsberetning-api";
    private static final String KID = "trusted-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeyPair trusted = rsa();
    private final KeyPair stranger = rsa();
    private final HttpServer jwks;

    public TokenForge() {
        this(Duration.ZERO);
    }

    /** A key set that answers only after {@code delay}, as a busy Keycloak would. */
    public TokenForge(Duration delay) {
        try {
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] body = JSON.writeValueAsBytes(Map.of("keys", List.of(jwk((RSAPublicKey) trusted.getPublic()))));
        jwks.createContext("/certs", exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "token-forge-keys");
            thread.setDaemon(true);
            return thread;
        }));
        jwks.start();
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs";
    }

    /** Claims of a valid token for a role, to change one thing in. */
    public static Map<String, Object> claims(String role) {
        Map<String, Object> claims = new LinkedHashMap<>();
        long now = Instant.now().getEpochSecond();
        claims.put("iss", ISSUER);
        claims.put("aud", List.of(AUDIENCE));
        claims.put("sub", "forged-" + role);
        claims.put("preferred_username", "forged." + role);
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("realm_access", Map.of("roles", List.of(role)));
        return claims;
    }

    /** Signed with the trusted key, as the issuer would. */
    public String signed(Map<String, Object> claims) {
        return rs256(header("RS256", KID), claims, trusted);
    }

    /** Signed with a key nobody trusts, under a key id the key set does not have. */
    public String unknownKey(Map<String, Object> claims) {
        return rs256(header("RS256", "someone-elses-key"), claims, stranger);
    }

    /** Signed with a key nobody trusts but claiming the trusted key id. */
    public String wrongSignature(Map<String, Object> claims) {
        return rs256(header("RS256", KID), claims, stranger);
    }

    /** {@code alg: none}, no signature. */
    public String unsigned(Map<String, Object> claims) {
        return encode(header("none", KID)) + "." + encode(claims) + ".";
    }

    /** HS256 with the trusted public key as the HMAC secret: the classic algorithm-confusion attack. */
    public String hmacWithPublicKey(Map<String, Object> claims) {
        String input = encode(header("HS256", KID)) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(trusted.getPublic().getEncoded(), "HmacSHA256"));
            return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token whose payload was changed afterwards (the signature no longer fits). */
    public String tampered(Map<String, Object> claims, String role) {
        String[] parts = signed(claims).split("\\.");
        Map<String, Object> changed = new LinkedHashMap<>(claims);
        changed.put("realm_access", Map.of("roles", List.of(role)));
        return parts[0] + "." + encode(changed) + "." + parts[2];
    }

    public void stop() {
        jwks.stop(0);
    }

    private static Map<String, Object> header(String alg, String kid) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("typ", "JWT");
        header.put("kid", kid);
        return header;
    }

    private static String rs256(Map<String, Object> header, Map<String, Object> claims, KeyPair key) {
        String input = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> jwk(RSAPublicKey key) {
        return Map.of("kty", "RSA", "kid", KID, "use", "sig", "alg", "RS256",
                "n", b64(unsigned(key.getModulus())), "e", b64(unsigned(key.getPublicExponent())));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String encode(Map<String, Object> json) {
        return b64(JSON.writeValueAsBytes(json));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every kind of token a resource server must refuse, forged from a valid token for {@code role}: a name
     * for the test report and the token (alg none, HS256 with the public key, expired, not yet valid, wrong
     * issuer, wrong or no audience, unknown key id, another key, tampered payload, not a JWT).
     */
    public Stream<Arguments> forgedTokens(String role) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> valid = claims(role);
        return Stream.of(
                Arguments.of("alg none", unsigned(valid)),
                Arguments.of("HS256 signed with the public key", hmacWithPublicKey(valid)),
                Arguments.of("expired", signed(with(valid, "exp", now - 120, "iat", now - 600))),
                Arguments.of("not yet valid", signed(with(valid, "nbf", now + 600))),
                Arguments.of("wrong issuer", signed(with(valid, "iss", "http://issuer.test/realms/other"))),
                Arguments.of("wrong audience", signed(with(valid, "aud", List.of("account")))),
                Arguments.of("no audience", signed(without(valid, "aud"))),
                Arguments.of("unknown key id", unknownKey(valid)),
                Arguments.of("signed by another key", wrongSignature(valid)),
                Arguments.of("tampered payload", tampered(claims("committee"), role)),
                Arguments.of("not a JWT", "abc.def.ghi"));
    }

    private static Map<String, Object> with(Map<String, Object> claims, Object... keysAndValues) {
        Map<String, Object> changed = new LinkedHashMap<>(claims);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changed.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> claims, String key) {
        Map<String, Object> changed = new LinkedHashMap<>(claims);
        changed.remove(key);
        return changed;
    }
}
