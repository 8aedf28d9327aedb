package no.arsberetning.gateway.services;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker per upstream call (named after the service and the call), each with the same
 * time limit: a slow or failing service costs its own part of an answer, and after repeated failures
 * is skipped at once for a while instead of being waited for.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCallDefaults(Sources sources) {
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeLimit(sources, id)).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(10))
                        .build())
                .build());
    }

    static Duration timeLimit(Sources sources, String breaker) {
        if (breaker.startsWith(Sources.CHECKS_BREAKER_PREFIX)) {
            return sources.checksTimeLimit();
        }
        return breaker.endsWith(ServiceBreakers.COLD) ? sources.coldTimeLimit() : sources.timeLimit();
    }
}
