package no.arsberetning.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import no.arsberetning.common.testing.TokenForge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** A key set that answers slowly (a busy machine, a busy Keycloak) still verifies valid tokens. */
class KeySetTimeLimitsTest {

    private static final TokenForge SLOW_KEYS = new TokenForge(Duration.ofMillis(1500));

    @AfterAll
    static void stop() {
        SLOW_KEYS.stop();
    }

    @Test
    void aValidTokenIsVerifiedWhenTheKeysTakeLongerThanNimbusWouldWait() {
        NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder builder = NimbusJwtDecoder.withJwkSetUri(SLOW_KEYS.jwkSetUri());
        new KeySetTimeLimits(Duration.ofSeconds(2), Duration.ofSeconds(5)).customize(builder);

        assertThat(builder.build().decode(SLOW_KEYS.signed(TokenForge.claims("staff"))).getSubject()).isEqualTo("forged-staff");
    }

    /** Why the limits are set: when Spring Security waits longer by default, this fails and they can go. */
    @Test
    void withSpringSecuritysDefaultsTheSameKeysAreNotWaitedFor() {
        JwtDecoder defaults = NimbusJwtDecoder.withJwkSetUri(SLOW_KEYS.jwkSetUri()).build();

        assertThatThrownBy(() -> defaults.decode(SLOW_KEYS.signed(TokenForge.claims("staff"))))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("Read timed out");
    }

    @Test
    void aKeySetThatDoesNotAnswerWithinTheReadLimitRefusesTheToken() {
        TokenForge stalled = new TokenForge(Duration.ofSeconds(30));
        try {
            NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder builder = NimbusJwtDecoder.withJwkSetUri(stalled.jwkSetUri());
            new KeySetTimeLimits(Duration.ofSeconds(1), Duration.ofSeconds(1)).customize(builder);
            JwtDecoder decoder = builder.build();

            assertThatThrownBy(() -> decoder.decode(stalled.signed(TokenForge.claims("staff"))))
                    .as("refused after the read limit, not accepted when the keys arrive 30 s later")
                    .isInstanceOf(JwtException.class);
        } finally {
            stalled.stop();
        }
    }
}
