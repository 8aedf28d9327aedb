package no.arsberetning.gateway.services;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * One service's answers about a year (its report, checks, figures, releases: what its data of the year
 * determines) kept under the service's own version while a versioned answer of that year is composed: the
 * composition puts every service's version ({@link Versions}, learnt before composing) into the Reactor context,
 * so after a write at one service the other services' answers are used again instead of asked for and read anew.
 * Outside such a composition, or when a service's version is not known, the service is asked. Only answers that
 * arrive are kept, the newest per service, answer and year (at most {@value #KEPT}), under the version learnt
 * before asking: never older than the version it is kept under.
 */
@Component
public class ServiceAnswers {

    /** A few years of every service's answers (five services, four answers each). */
    static final int KEPT = 64;

    private final KeptByVersion kept = new KeptByVersion(KEPT);

    /** The answer kept for the service's version in the context, or the call's (then kept). */
    public <T> Mono<T> of(String service, String what, int year, Supplier<Mono<T>> call) {
        return Mono.deferContextual(context -> {
            Versions versions = context.getOrDefault(Versions.class, null);
            String version = versions == null || versions.year() != year ? null : versions.byService().get(service);
            if (version == null) {
                return call.get();
            }
            String key = service + "/" + what + "/" + year;
            T known = kept.get(key, version);
            if (known != null) {
                return Mono.just(known);
            }
            return call.get().doOnNext(value -> kept.put(key, version, value));
        });
    }

    /** Every service's version of a year (its report's {@code ETag}) by the service's id; those that could tell. */
    public record Versions(int year, Map<String, String> byService) {
    }
}
