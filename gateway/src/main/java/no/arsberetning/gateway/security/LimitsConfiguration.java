package no.arsberetning.gateway.security;

import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's limits per request (body size) and per client (rate), from {@code arsberetning.limits}. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    @Bean
    BodySizeLimitWebFilter bodySizeLimitWebFilter(LimitsProperties limits, ObjectMapper json) {
        return new BodySizeLimitWebFilter(limits, new ProblemServerHandlers(json));
    }

    @Bean
    @ConditionalOnProperty(name = "arsberetning.limits.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
    RateLimitWebFilter rateLimitWebFilter(LimitsProperties limits, RedisRateLimiter redis, ObjectMapper json) {
        return new RateLimitWebFilter(new SharedRateLimits(redis, limits.rateLimit()), new ProblemServerHandlers(json));
    }
}
