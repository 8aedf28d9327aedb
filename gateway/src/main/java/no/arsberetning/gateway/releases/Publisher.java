package no.arsberetning.gateway.releases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.arsberetning.common.report.Finding;
import no.arsberetning.gateway.reports.ReportChecks;
import no.arsberetning.gateway.reports.ReportComposer;
import no.arsberetning.gateway.reports.completeness.Checklist;
import no.arsberetning.gateway.reports.completeness.Completeness;
import no.arsberetning.gateway.reports.completeness.CompletenessEvaluator;
import no.arsberetning.gateway.services.ServiceApi.FreezeRequest;
import no.arsberetning.gateway.services.ServiceApi.NumberGiven;
import no.arsberetning.gateway.services.ServiceApi.NumberRequest;
import no.arsberetning.gateway.services.ServiceApi.ReleasePart;
import no.arsberetning.gateway.services.ServiceAnswers;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import no.arsberetning.gateway.services.Sources.Source;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Publishes a year: refuses while error findings are open or a required item of the statutory checklist
 * is missing, unless a controller gives a written reason (recorded with the release, with the missing items) —
 * except a figure that restates the year before differently ({@value #RESTATED}), which only its own accepted reason
 * lets through —
 * then has every service freeze its part under one number (given atomically by the first source). Idempotent: a
 * retry with the same key gets the same number and never a second release; a publish that stopped half way is
 * completed by its retry.
 */
@Service
class Publisher {

    /**
     * The findings of a value that restates the year before and differs from what it published: each must be accepted
     * by a controller with its own reason (in the owning service); a general override reason does not cover them.
     */
    static final String RESTATED = "prior-year-restated";

    private final Sources sources;
    private final ServiceClients clients;
    private final ServiceAnswers answers;
    private final ReportChecks checks;
    private final ReportComposer composer;
    private final Checklist checklist;

    @Autowired
    Publisher(Sources sources, ServiceClients clients, ServiceAnswers answers, ReportChecks checks, ReportComposer composer) {
        this(sources, clients, answers, checks, composer, Checklist.standard());
    }

    Publisher(Sources sources, ServiceClients clients, ServiceAnswers answers, ReportChecks checks, ReportComposer composer,
            Checklist checklist) {
        this.sources = sources;
        this.clients = clients;
        this.answers = answers;
        this.checks = checks;
        this.composer = composer;
        this.checklist = checklist;
    }

    Mono<Release> publish(int year, String idempotencyKey, String overrideReason) {
        return Mono.zip(openErrors(year), missingRequired(year)).flatMap(both -> {
            List<Finding> errors = both.getT1();
            List<Completeness.ItemResult> missing = both.getT2();
            List<Finding> restated = errors.stream().filter(f -> RESTATED.equals(f.rule())).toList();
            if (!restated.isEmpty()) {
                return Mono.error(PublishRefusedException.unacceptedRestatements(restated));
            }
            boolean needsOverride = !errors.isEmpty() || !missing.isEmpty();
            if (needsOverride && (overrideReason == null || overrideReason.isBlank())) {
                return Mono.error(new PublishRefusedException(errors, missing));
            }
            List<String> missingIds = missing.stream().map(Completeness.ItemResult::id).toList();
            return number(year, idempotencyKey).flatMap(number -> {
                FreezeRequest request = new FreezeRequest(number, idempotencyKey, needsOverride ? overrideReason : null,
                        missingIds);
                return Flux.fromIterable(sources.sources())
                        .concatMap(source -> clients.of(source.id()).freeze(year, request)
                                .onErrorMap(e -> refusedOrUnavailable(source, e)))
                        .then(list(year))
                        .map(releases -> releases.stream().filter(r -> r.number() == number).findFirst().orElseThrow());
            });
        });
    }

    /**
     * A service that refuses to freeze (409: it holds what must not be published, such as a restatement no controller
     * accepted) refuses the publish, saying why; any other failure is a service out of reach (503, retry).
     */
    private static RuntimeException refusedOrUnavailable(Source source, Throwable e) {
        if (e instanceof WebClientResponseException response && response.getStatusCode().value() == 409) {
            return PublishRefusedException.refusedBy(source.title(), response.getResponseBodyAsString());
        }
        return new ServicesUnavailableException(source.title()
                + " kunne ikke fryse sin del av utgivelsen. Prøv igjen med samme nøkkel.", e);
    }

    Mono<List<Release>> list(int year) {
        return partsBySource(year).map(parts -> {
            Map<Integer, Map<String, ReleasePart>> byNumber = new TreeMap<>();
            parts.forEach((source, list) -> list.forEach(part ->
                    byNumber.computeIfAbsent(part.number(), n -> new LinkedHashMap<>()).put(source, part)));
            List<Release> releases = new ArrayList<>();
            byNumber.forEach((number, partsOfRelease) -> releases.add(release(year, number, partsOfRelease)));
            return releases;
        });
    }

    private Release release(int year, int number, Map<String, ReleasePart> parts) {
        Map<String, String> hashes = new LinkedHashMap<>();
        List<String> notApproved = new ArrayList<>();
        for (Source source : sources.sources()) {
            ReleasePart part = parts.get(source.id());
            if (part != null) {
                hashes.put(source.id(), part.contentHash());
                part.notApproved().forEach(section -> notApproved.add(source.id() + "/" + section));
            }
        }
        ReleasePart first = parts.values().iterator().next();
        boolean complete = hashes.size() == sources.sources().size();
        return new Release(year, number, first.publishedAt(), first.publishedBy(), first.overrideReason(), complete,
                complete ? combined(hashes) : null, hashes, notApproved, first.missingRequired());
    }

    private Mono<List<Finding>> openErrors(int year) {
        return checks.findings(year).map(findings -> findings.stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR)
                .toList());
    }

    /** The required checklist items the working report is missing now. */
    private Mono<List<Completeness.ItemResult>> missingRequired(int year) {
        return composer.compose(year, false).map(report -> CompletenessEvaluator.evaluate(checklist, report).items().stream()
                .filter(i -> i.required() && Completeness.MISSING.equals(i.status()))
                .toList());
    }

    private Mono<Map<String, List<ReleasePart>>> partsBySource(int year) {
        return Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> answers.of(source.id(), "releases", year, () -> clients.of(source.id()).releases(year))
                        .map(list -> Tuples.of(source.id(), list))
                        .onErrorMap(e -> new ServicesUnavailableException(source.title() + " er ikke tilgjengelig; "
                                + "utgivelser kan ikke vises eller lages nå.", e)))
                .collectMap(Tuple2::getT1, Tuple2::getT2, LinkedHashMap::new);
    }

    /**
     * The number for this key, given by the first source's core (an atomic counter with a unique index,
     * idempotent per key): two gateways publishing at once get two numbers, a retry gets its first one.
     */
    private Mono<Integer> number(int year, String idempotencyKey) {
        Source numbering = sources.sources().get(0);
        return clients.of(numbering.id()).releaseNumber(year, new NumberRequest(idempotencyKey))
                .map(NumberGiven::number)
                .onErrorMap(e -> new ServicesUnavailableException(numbering.title()
                        + " kunne ikke gi utgivelsen et nummer. Prøv igjen med samme nøkkel.", e));
    }

    private static String combined(Map<String, String> hashes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hashes.forEach((source, hash) -> digest.update((source + ":" + hash + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
