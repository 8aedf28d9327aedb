package no.arsberetning.gateway.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigurationProperties;
import reactor.core.publisher.Mono;

/** A service's first answer may take the cold-start limit; once it has answered, the usual limit holds. */
class ServiceBreakersTests {

    private static final Sources SOURCES = new Sources(Duration.ofMillis(300), Duration.ofSeconds(5), Duration.ofSeconds(3),
            List.of());

    private final ServiceBreakers breakers = breakers();

    @Test
    void aSlowFirstAnswerGetsTheColdLimitAndASlowAnswerAfterItTheUsualOne() {
        assertThat(breakers.timeLimit("finance", "report")).isEqualTo(Duration.ofSeconds(3));
        assertThat(call("finance", Duration.ofMillis(900)).block()).as("cold: 0,9 s is within 3 s").isEqualTo("answer");

        assertThat(breakers.timeLimit("finance", "report")).isEqualTo(Duration.ofMillis(300));
        assertThat(call("finance", Duration.ofMillis(900)).block()).as("warm: 0,9 s is past 0,3 s").isEqualTo("timed out");
        assertThat(call("finance", Duration.ofMillis(10)).block()).isEqualTo("answer");
    }

    @Test
    void eachServiceAndEachKindOfCallIsColdUntilItHasAnsweredItself() {
        assertThat(call("finance", Duration.ofMillis(10)).block()).isEqualTo("answer");

        assertThat(breakers.timeLimit("hr", "report")).isEqualTo(Duration.ofSeconds(3));
        assertThat(call("hr", Duration.ofMillis(900)).block()).isEqualTo("answer");
        assertThat(breakers.timeLimit("finance", "dashboard")).as("a small answer says nothing about a large one")
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(breakers.run("finance", "dashboard", Mono.delay(Duration.ofMillis(900)).thenReturn("answer"),
                (error, limit) -> Mono.just("timed out")).block()).isEqualTo("answer");
    }

    @Test
    void aCallThatFailsLeavesTheServiceCold() {
        assertThat(breakers.run("climate", "report", Mono.<String>error(new IllegalStateException("500")),
                (error, limit) -> Mono.just("failed")).block()).isEqualTo("failed");

        assertThat(breakers.timeLimit("climate", "report")).isEqualTo(Duration.ofSeconds(3));
    }

    private Mono<String> call(String service, Duration takes) {
        return breakers.run(service, "report", Mono.delay(takes).thenReturn("answer"), (error, limit) -> Mono.just("timed out"));
    }

    /** The gateway's own configuration of the breakers (ResilienceConfiguration) on Resilience4J's registries. */
    private static ServiceBreakers breakers() {
        var factory = new ReactiveResilience4JCircuitBreakerFactory(CircuitBreakerRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(),
                null, new Resilience4JConfigurationProperties());
        new ResilienceConfiguration().serviceCallDefaults(SOURCES).customize(factory);
        return new ServiceBreakers(factory, SOURCES);
    }
}
