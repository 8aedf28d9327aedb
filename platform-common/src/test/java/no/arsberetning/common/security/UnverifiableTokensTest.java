package no.arsberetning.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** A token whose key cannot be fetched (Keycloak down) is a bad token (401), not a server error (500). */
class UnverifiableTokensTest {

    private static final JwtException KEYS_UNREACHABLE = new JwtException(
            "An error occurred while attempting to decode the Jwt: Couldn't retrieve remote JWK set: Connection refused");

    @Test
    void aDecoderThatCannotFetchTheKeyRefusesTheTokenAsBad() {
        JwtDecoder failing = token -> {
            throw KEYS_UNREACHABLE;
        };
        Object wrapped = UnverifiableTokensAutoConfiguration.unverifiableTokensAreUnauthorized()
                .postProcessAfterInitialization(failing, "jwtDecoder");

        assertThat(wrapped).isInstanceOf(JwtDecoder.class).isNotSameAs(failing);
        assertThatThrownBy(() -> ((JwtDecoder) wrapped).decode("a.b.c")).isInstanceOf(BadJwtException.class)
                .hasCause(KEYS_UNREACHABLE);
    }

    @Test
    void aBadTokenStaysAsItIsAndOtherBeansAreLeftAlone() {
        BadJwtException expired = new BadJwtException("expired");
        JwtDecoder failing = token -> {
            throw expired;
        };
        BeanPostProcessor processor = UnverifiableTokensAutoConfiguration.unverifiableTokensAreUnauthorized();
        assertThatThrownBy(() -> ((JwtDecoder) processor.postProcessAfterInitialization(failing, "d")).decode("x"))
                .isSameAs(expired);
        Object other = new Object();
        assertThat(processor.postProcessAfterInitialization(other, "other")).isSameAs(other);
    }

    @Test
    void theGatewaysReactiveDecoderTheSameWay() {
        ReactiveJwtDecoder failing = token -> Mono.error(new IllegalStateException("Could not obtain the keys"));
        ReactiveJwtDecoder wrapped = (ReactiveJwtDecoder) UnverifiableTokensAutoConfiguration.Reactive
                .unverifiableTokensAreUnauthorizedReactive().postProcessAfterInitialization(failing, "jwtDecoder");

        assertThatThrownBy(() -> wrapped.decode("a.b.c").block()).isInstanceOf(BadJwtException.class);
    }
}
