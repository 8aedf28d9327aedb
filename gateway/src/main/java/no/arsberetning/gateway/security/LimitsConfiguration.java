package no.arsberetning.gateway.security;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
    RateLimitWebFilter rateLimitWebFilter(LimitsProperties limits, ObjectMapper json) {
        LimitsProperties.RateLimit rate = limits.rateLimit();
        Map<String, TokenBuckets> clients = new HashMap<>();
        rate.clients().forEach((client, size) -> clients.put(client,
                new TokenBuckets(size.capacity(), size.refillPerSecond(), rate.idle(), Clock.systemUTC())));
        return new RateLimitWebFilter(new TokenBuckets(rate, Clock.systemUTC()), clients, new ProblemServerHandlers(json));
    }
}
