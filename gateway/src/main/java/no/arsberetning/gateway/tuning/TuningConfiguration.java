package no.arsberetning.gateway.tuning;

import java.time.Clock;

import no.arsberetning.common.BeanWrapping;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;

/** Puts the workarounds of this package in place (see {@code package-info.java}). */
@Configuration(proxyBeanMethods = false)
class TuningConfiguration {

    /** Spring Security's strict firewall, its header-value rule checked without a regular expression ({@link HeaderValueRule}). */
    @Bean
    ServerWebExchangeFirewall firewall() {
        return HeaderValueRule.firewall();
    }

    /**
     * Verified tokens are remembered until they expire ({@link VerifiedTokenCache}); 1 000 tokens of about
     * 4 kB each at most, far more than the clients active within a token's 5 minutes.
     */
    /**
     * Spring Cloud Gateway's Redis rate limiter (the gateway's one, which it makes only when there is none) with its
     * script read once ({@link RateLimitScript}).
     */
    @Bean
    RedisRateLimiter redisRateLimiter(ReactiveStringRedisTemplate redis, ConfigurationService configuration) {
        return new RedisRateLimiter(redis, RateLimitScript.readOnce(), configuration);
    }

    @Bean
    static BeanPostProcessor verifiedTokensRemembered() {
        return BeanWrapping.replaceEvery(ReactiveJwtDecoder.class, VerifiedTokenCache.class,
                decoder -> new VerifiedTokenCache(decoder, 1_000, Clock.systemUTC()));
    }
}
