package no.arsberetning.e2e;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;

/** Tokens an attacker makes from a real token and the realm's public keys. */
final class ForgedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    /** The real token's header and claims with {@code alg: none} and no signature. */
    static String unsigned(String real) {
        String[] parts = real.split("\\.");
        return header(parts[0], "none") + "." + parts[1] + ".";
    }

    /** The real claims, signed HS256 with the realm's RSA public key as the secret (algorithm confusion). */
    static String hmacWithRealmPublicKey(String real) throws Exception {
        String[] parts = real.split("\\.");
        String input = header(parts[0], "HS256") + "." + parts[1];
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(realmKey(kid(parts[0])).getEncoded(), "HmacSHA256"));
        return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The real claims signed RS256 by a key of our own, under a key id the realm does not have. */
    static String unknownKey(String real) throws Exception {
        String[] parts = real.split("\\.");
        String header = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"not-a-realm-key\"}".getBytes(StandardCharsets.UTF_8));
        String input = header + "." + parts[1];
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(generator.generateKeyPair().getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(signature.sign());
    }

    private static String header(String encodedHeader, String alg) {
        JsonNode header = Tokens.JSON.readTree(Base64.getUrlDecoder().decode(encodedHeader));
        String json = "{\"alg\":\"" + alg + "\",\"typ\":\"JWT\",\"kid\":\"" + header.get("kid").asString() + "\"}";
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String kid(String encodedHeader) {
        return Tokens.JSON.readTree(Base64.getUrlDecoder().decode(encodedHeader)).get("kid").asString();
    }

    private static PublicKey realmKey(String kid) throws Exception {
        JsonNode keys = Api.json(Api.get(URI.create(Platform.ISSUER + "/"), "protocol/openid-connect/certs", null)).get("keys");
        for (JsonNode key : keys) {
            if (kid.equals(key.get("kid").asString())) {
                BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n").asString()));
                BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(key.get("e").asString()));
                return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
            }
        }
        throw new IllegalStateException("The realm has no key " + kid);
    }
}
