package no.arsberetning.common.security;

import no.arsberetning.common.BeanWrapping;
import reactor.core.publisher.Mono;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * A token that cannot be verified is refused with 401, never a 5xx: when its key is not among the cached
 * ones and Keycloak cannot be asked for it (Keycloak down), the decoder fails with something other than
 * a {@link BadJwtException} (a {@link JwtException}, or the reactive decoder's {@code IllegalStateException
 * "Could not obtain the keys"}), which Spring Security turns into a 500. Logged, since it means the
 * keys cannot be fetched.
 * Tokens signed with a cached key keep working while Keycloak is down (docs/fault-injection.md).
 */
@AutoConfiguration
@ConditionalOnClass(JwtDecoder.class)
public class UnverifiableTokensAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UnverifiableTokensAutoConfiguration.class);

    @Bean
    static BeanPostProcessor unverifiableTokensAreUnauthorized() {
        return BeanWrapping.replaceEvery(JwtDecoder.class, RefusingUnverifiable.class, RefusingUnverifiable::new);
    }

    static BadJwtException unverifiable(Throwable ex) {
        if (ex instanceof BadJwtException bad) {
            return bad;
        }
        log.warn("Tilgangsbeviset kan ikke kontrolleres (nøklene kan ikke hentes?): {}", ex.toString());
        return new BadJwtException("Tilgangsbeviset kan ikke kontrolleres: " + ex.getMessage(), ex);
    }

    record RefusingUnverifiable(JwtDecoder decoder) implements JwtDecoder {

        @Override
        public Jwt decode(String token) {
            try {
                return decoder.decode(token);
            } catch (RuntimeException ex) {
                throw unverifiable(ex);
            }
        }
    }

    /** The gateway's reactive decoder, the same way. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "reactor.core.publisher.Mono")
    static class Reactive {

        @Bean
        static BeanPostProcessor unverifiableTokensAreUnauthorizedReactive() {
            return BeanWrapping.replaceEvery(ReactiveJwtDecoder.class, ReactiveRefusingUnverifiable.class,
                    ReactiveRefusingUnverifiable::new);
        }
    }

    record ReactiveRefusingUnverifiable(ReactiveJwtDecoder decoder) implements ReactiveJwtDecoder {

        @Override
        public Mono<Jwt> decode(String token) {
            return decoder.decode(token).onErrorMap(RuntimeException.class, UnverifiableTokensAutoConfiguration::unverifiable);
        }
    }
}
