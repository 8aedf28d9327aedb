package no.arsberetning.gateway.services;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;

/**
 * The circuit breaker of one kind of call to a service ({@code <service>-<call>}) with the time limit that fits:
 * until the service has answered that kind of call once, the cold-start limit
 * ({@code arsberetning.composition.cold-time-limit}), because a gateway or a service that has just started builds, sends
 * and reads its first answers slowly (a small answer, such as the version probe, says nothing about a large one);
 * from then on the usual one. The breakers of the cold calls are their own ({@code …-cold}), so a slow start never opens the
 * breaker of the warm calls.
 */
@Component
public class ServiceBreakers {

    static final String COLD = "-cold";

    private final ReactiveCircuitBreakerFactory<?, ?> factory;
    private final Sources sources;
    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    ServiceBreakers(ReactiveCircuitBreakerFactory<?, ?> factory, Sources sources) {
        this.factory = factory;
        this.sources = sources;
    }

    /** What a call gives when it failed or missed its time limit: told what went wrong and the limit it had. */
    @FunctionalInterface
    public interface Fallback<T> {
        Mono<T> apply(Throwable error, Duration timeLimit);
    }

    /** Runs the call within the service's time limit and breaker; the fallback gets what went wrong and that limit. */
    public <T> Mono<T> run(String service, String call, Mono<T> mono, Fallback<T> fallback) {
        String name = service + "-" + call;
        if (answered.contains(name)) {
            return factory.create(name).run(mono, error -> fallback.apply(error, sources.timeLimit()));
        }
        return factory.create(name + COLD).run(mono.doOnNext(value -> answered.add(name)),
                error -> fallback.apply(error, sources.coldTimeLimit()));
    }

    /** The time limit this kind of call to the service has now. */
    public Duration timeLimit(String service, String call) {
        return answered.contains(service + "-" + call) ? sources.timeLimit() : sources.coldTimeLimit();
    }
}
