package no.arsberetning.gateway.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** Verified tokens remembered until they expire, and why: Spring Security verifies the same token on every request. */
class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final List<String> decoded = new ArrayList<>();
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Accepts tokens named "good-…", expiring 5 minutes after NOW; refuses every other. */
    private final ReactiveJwtDecoder decoder = token -> {
        decoded.add(token);
        return token.startsWith("good")
                ? Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                        .issuedAt(NOW).expiresAt(NOW.plusSeconds(300)).build())
                : Mono.error(new BadJwtException("refused: " + token));
    };

    private VerifiedTokenCache cache(int capacity) {
        return new VerifiedTokenCache(decoder, capacity, new Clock() {
            @Override
            public Instant instant() {
                return clock.instant();
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
    }

    @Test
    void aVerifiedTokenIsCheckedOnceUntilItExpires() {
        VerifiedTokenCache cache = cache(10);

        assertThat(cache.decode("good-1").block().getSubject()).isEqualTo("good-1");
        assertThat(cache.decode("good-1").block().getSubject()).isEqualTo("good-1");
        assertThat(decoded).containsExactly("good-1");

        clock = Clock.fixed(NOW.plusSeconds(300), ZoneOffset.UTC);
        cache.decode("good-1").block();
        assertThat(decoded).as("at its exp the token goes back to the decoder").containsExactly("good-1", "good-1");
    }

    /**
     * The upstream behaviour the cache works around (spring-security#12830, declined): the decoder Spring Boot
     * configures selects the key and checks the signature of the same token again on every request. When this
     * fails, Spring Security remembers verified tokens itself: remove {@link VerifiedTokenCache}.
     */
    @Test
    void springSecurityVerifiesTheSameTokenAgainOnEveryRequest() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
        AtomicInteger keyLookups = new AtomicInteger();
        NimbusReactiveJwtDecoder spring = NimbusReactiveJwtDecoder.withJwkSource(jwt -> {
            keyLookups.incrementAndGet();
            return Flux.just(key.toPublicJWK());
        }).build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").build(),
                new JWTClaimsSet.Builder().subject("staff").expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        token.sign(new RSASSASigner(key));

        for (int i = 0; i < 3; i++) {
            assertThat(spring.decode(token.serialize()).block().getSubject()).isEqualTo("staff");
        }
        assertThat(keyLookups).as("verified from scratch each time").hasValue(3);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokenCache cache = cache(10);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(decoded).containsExactly("forged", "forged");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFullCacheDropsItsExpiredTokens() {
        VerifiedTokenCache cache = cache(2);
        cache.decode("good-1").block();
        cache.decode("good-2").block();

        clock = Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC);
        cache.decode("good-3").block();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aFullCacheOfLiveTokensStartsAfreshRatherThanGrow() {
        VerifiedTokenCache cache = cache(2);
        cache.decode("good-1").block();
        cache.decode("good-2").block();

        cache.decode("good-3").block();
        assertThat(cache.size()).isEqualTo(1);
        cache.decode("good-3").block();
        assertThat(decoded).containsExactly("good-1", "good-2", "good-3");
    }
}
