package no.arsberetning.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

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
