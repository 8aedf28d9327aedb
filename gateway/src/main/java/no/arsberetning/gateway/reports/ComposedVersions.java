package no.arsberetning.gateway.reports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import no.arsberetning.common.Sha256;
import no.arsberetning.common.changes.ProgramBuild;
import no.arsberetning.gateway.services.KeptByVersion;
import no.arsberetning.gateway.services.ServiceAnswers;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import no.arsberetning.gateway.services.Sources.Source;
import no.arsberetning.gateway.services.Unavailable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import no.arsberetning.gateway.services.ServiceBreakers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the gateway composes, kept per composite version: the list of every service's version of the year (the
 * {@code ETag} of its report, learnt by a conditional {@code GET} with the last one seen, so an unchanged
 * service answers {@code 304} without a body). An answer is kept under the version learnt <em>before</em> it was
 * composed, so what is kept is never older than its key and a write at any service gives a new key on the next
 * request. Only whole answers are kept and get an {@code ETag}: when a service cannot tell its version, or a call
 * ends in a placeholder ({@link Unavailable#instead(Mono)}), the answer is composed afresh every time. At most
 * {@value #KEPT} answers (a few years of report, document, HTML, PDF and dashboard), kept by version
 * ({@link KeptByVersion}). Only successful answers are kept.
 */
@Component
public class ComposedVersions {

    static final int KEPT = 16;

    private final Sources sources;
    private final ServiceClients clients;
    private final ServiceBreakers breakers;
    private final String build;
    private final GatewayWrites writes;
    private final long maxAgeNanos;
    private final Map<String, String> lastSeen = new ConcurrentHashMap<>();
    /** Per year: the versions learnt last, with the write count before they were asked for. */
    private final Map<Integer, Learnt> learnt = new ConcurrentHashMap<>();
    private final KeptByVersion kept = new KeptByVersion(KEPT);

    ComposedVersions(Sources sources, ServiceClients clients, ServiceBreakers breakers,
            ObjectProvider<BuildProperties> build, GatewayWrites writes,
            @Value("${arsberetning.composition.version-max-age:2s}") Duration maxAge) {
        this.sources = sources;
        this.clients = clients;
        this.breakers = breakers;
        this.build = ProgramBuild.of(build.getIfAvailable());
        this.writes = writes;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /**
     * The answer of the current version: {@code 304} when the caller's {@code If-None-Match} names it, else the
     * kept answer or a fresh one, with the version's strong {@code ETag}; without an {@code ETag} and not kept
     * when the version is not known whole.
     */
    public <T> Mono<ResponseEntity<T>> answer(ServerWebExchange exchange, String what, int year,
            Function<Version, Mono<ResponseEntity<T>>> fresh) {
        return current(year).flatMap(version -> {
            if (!version.known()) {
                return fresh.apply(version).contextWrite(Context.of(Unavailable.Down.class, new Unavailable.Down(version.down())));
            }
            String etag = version.etag(what);
            if (callerHas(exchange, etag)) {
                // the 304 itself is made by WebFlux's ResponseEntityResultHandler (ServerWebExchange.checkNotModified)
                return Mono.just(ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).<T>build());
            }
            Supplier<Mono<ResponseEntity<T>>> successful = () -> fresh.apply(version).flatMap(entity ->
                    entity.getStatusCode().is2xxSuccessful() ? Mono.just(entity) : Unavailable.instead(entity));
            return kept(version, what, successful).map(kept -> kept.whole()
                    ? ResponseEntity.status(kept.value().getStatusCode()).headers(kept.value().getHeaders()).eTag(etag)
                            .body(kept.value().getBody())
                    : kept.value());
        });
    }

    /** Does the request's {@code If-None-Match} name this {@code ETag} (weakly or not), or any ({@code *})? */
    public static boolean callerHas(ServerWebExchange exchange, String etag) {
        List<String> known = exchange.getRequest().getHeaders().getIfNoneMatch();
        return known.contains(etag) || known.contains("W/" + etag) || known.contains("*");
    }

    /**
     * The value kept for this version, or a fresh one, kept when the version is known and nothing in it was a
     * placeholder. A placeholder inside also makes an enclosing {@code kept} call not whole.
     */
    public <T> Mono<Versioned<T>> kept(Version version, String what, Supplier<Mono<T>> fresh) {
        String key = what + "/" + version.year();
        T hit = version.known() ? kept.get(key, version) : null;
        if (hit != null) {
            return Mono.just(new Versioned<>(hit, true));
        }
        return Mono.defer(() -> {
            Unavailable.Incomplete incomplete = new Unavailable.Incomplete();
            return fresh.get().contextWrite(Context.of(Unavailable.Incomplete.class, incomplete,
                    ServiceAnswers.Versions.class, version.byService(sources))).flatMap(value -> {
                boolean whole = version.known() && !incomplete.noted();
                if (whole) {
                    kept.put(key, version, value);
                    return Mono.just(new Versioned<>(value, true));
                }
                return Unavailable.instead(new Versioned<>(value, false));
            });
        });
    }

    /**
     * Every service's version of the year now; not {@link Version#known() known} when one could not tell. The
     * versions learnt for the year are used again, without asking the services, while no write went through any
     * gateway since ({@link GatewayWrites}) and for at most {@code arsberetning.composition.version-max-age}: the
     * limit for what a service changes on its own (a restart that loads its demo data or applies a pending import).
     */
    public Mono<Version> current(int year) {
        return writes.count()
                .flatMap(count -> {
                    Learnt known = learnt.get(year);
                    return known != null && known.holds(count, maxAgeNanos) ? Mono.just(known.version()) : learn(year, count);
                })
                .switchIfEmpty(Mono.defer(() -> probe(year)));
    }

    /** The versions asked for now, kept with the write count read before asking when every service could tell. */
    private Mono<Version> learn(int year, GatewayWrites.Count count) {
        long asked = System.nanoTime();
        return probe(year).doOnNext(version -> {
            if (version.known()) {
                learnt.put(year, new Learnt(count, asked, version));
            }
        });
    }

    private Mono<Version> probe(int year) {
        return Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> version(source, year))
                .collectList()
                .map(probes -> {
                    Map<String, Throwable> down = new HashMap<>();
                    probes.stream().filter(p -> p.failure() != null).forEach(p -> down.put(p.service(), p.failure()));
                    return new Version(year, probes.stream().map(Probe::etag).toList(), build, Map.copyOf(down));
                });
    }

    private Mono<Probe> version(Source source, int year) {
        String seen = source.id() + "/" + year;
        Mono<Probe> call = clients.of(source.id()).version(year, lastSeen.get(seen)).map(answer -> {
            String etag = answer.getHeaders().getETag();
            if (etag != null) {
                lastSeen.put(seen, etag);
            }
            return new Probe(source.id(), etag, null);
        });
        return breakers.run(source.id(), "version", call, (error, limit) -> Mono.just(new Probe(source.id(), null, error)));
    }

    /**
     * Every service's version of a year, in the services' order (null where a service could not tell), the
     * gateway's own build (a new gateway renders differently from the same data), and why a service could not tell
     * (its calls for this answer then fail at once, {@link Unavailable#unlessDown(String, Mono)}).
     */
    public record Version(int year, List<String> services, String build, Map<String, Throwable> down) {

        public boolean known() {
            return !services.contains(null);
        }

        /** Each service's version by its id, for the calls made while composing ({@link ServiceAnswers}). */
        ServiceAnswers.Versions byService(Sources sources) {
            Map<String, String> etags = new HashMap<>();
            for (int i = 0; i < services.size(); i++) {
                if (services.get(i) != null) {
                    etags.put(sources.sources().get(i).id(), services.get(i));
                }
            }
            return new ServiceAnswers.Versions(year, Map.copyOf(etags));
        }

        String etag(String what) {
            String of = what + "|" + year + "|" + build + "|" + String.join("|", services);
            return "\"" + Sha256.of(of.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
        }
    }

    /** A value and whether it is whole (kept under its version), not made with a placeholder. */
    public record Versioned<T>(T value, boolean whole) {
    }

    private record Probe(String service, String etag, Throwable failure) {
    }

    private record Learnt(GatewayWrites.Count count, long atNanos, Version version) {

        /** No write went through any gateway since, and the versions are younger than the maximum age. */
        boolean holds(GatewayWrites.Count now, long maxAgeNanos) {
            return count.equals(now) && System.nanoTime() - atNanos < maxAgeNanos;
        }
    }
}
