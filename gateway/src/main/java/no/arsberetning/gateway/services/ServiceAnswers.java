package no.arsberetning.gateway.services;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * One service's answers about a year (its report, checks, figures, releases: what its data of the year
 * determines) kept under the service's own version while a versioned answer of that year is composed: the
 * composition puts every service's version ({@link Versions}, learnt before composing) into the Reactor context,
 * so after a write at one service the other services' answers are used again instead of asked for and read anew.
 * Outside such a composition, or when a service's version is not known, the service is asked. Only answers that
 * arrive are kept, the newest per service, answer and year, under the version learnt before asking: never older
 * than the version it is kept under.
 */
@Component
public class ServiceAnswers {

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** The answer kept for the service's version in the context, or the call's (then kept). */
    public <T> Mono<T> of(String service, String what, int year, Supplier<Mono<T>> call) {
        return Mono.deferContextual(context -> {
            Versions versions = context.getOrDefault(Versions.class, null);
            String version = versions == null || versions.year() != year ? null : versions.byService().get(service);
            if (version == null) {
                return call.get();
            }
            String key = service + "/" + what + "/" + year;
            Kept known = kept.get(key);
            if (known != null && known.version().equals(version)) {
                @SuppressWarnings("unchecked")
                T value = (T) known.value();
                return Mono.just(value);
            }
            return call.get().doOnNext(value -> kept.put(key, new Kept(version, value)));
        });
    }

    /** Every service's version of a year (its report's {@code ETag}) by the service's id; those that could tell. */
    public record Versions(int year, Map<String, String> byService) {
    }

    private record Kept(String version, Object value) {
    }
}
