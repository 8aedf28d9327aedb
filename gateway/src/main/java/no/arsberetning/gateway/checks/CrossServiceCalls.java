package no.arsberetning.gateway.checks;

import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.gateway.services.Sources;
import no.arsberetning.gateway.services.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

/** A cross-service rule's calls under their own circuit breaker; a rule that cannot run says so as a warning. */
@Component
class CrossServiceCalls {

    private static final Logger log = LoggerFactory.getLogger(CrossServiceCalls.class);

    private final ReactiveCircuitBreakerFactory<?, ?> breakers;

    CrossServiceCalls(ReactiveCircuitBreakerFactory<?, ?> breakers) {
        this.breakers = breakers;
    }

    Mono<List<Finding>> guarded(String rule, Mono<List<Finding>> findings, String what) {
        return breakers.create(Sources.CHECKS_BREAKER_PREFIX + rule).run(findings, error -> {
            log.warn("Cross-service rule {} could not run: {}", rule, error.toString());
            return Unavailable.instead(List.of(new Finding(rule, Finding.Severity.WARNING, List.of(), List.of(),
                    what + " kunne ikke sammenlignes nå: en av tjenestene svarte ikke.", null, null)));
        });
    }
}
