package no.arsberetning.gateway.checks;

import java.util.List;

import no.arsberetning.common.report.Finding;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

/** A cross-service rule's calls under their own circuit breaker; a rule that cannot run says so as a warning. */
@Component
class CrossServiceCalls {

    private final ReactiveCircuitBreakerFactory<?, ?> breakers;

    CrossServiceCalls(ReactiveCircuitBreakerFactory<?, ?> breakers) {
        this.breakers = breakers;
    }

    Mono<List<Finding>> guarded(String rule, Mono<List<Finding>> findings, String what) {
        return breakers.create(rule).run(findings, error -> Mono.just(List.of(new Finding(rule, Finding.Severity.WARNING,
                List.of(), List.of(), what + " kunne ikke sammenlignes nå: en av tjenestene svarte ikke.", null, null))));
    }
}
