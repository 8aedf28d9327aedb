package no.arsberetning.gateway.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.function.Function;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.checks.Findings;
import no.arsberetning.common.report.Finding;

import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.FrontMatter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import no.arsberetning.gateway.services.ServiceAnswers;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import no.arsberetning.gateway.services.Sources.Source;
import no.arsberetning.gateway.services.Unavailable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import no.arsberetning.gateway.services.ServiceBreakers;
import org.springframework.stereotype.Service;

/**
 * Fans out to every service at once, each call with its own time limit and circuit breaker. A service
 * that fails, hangs or is down costs only its own chapters, which become placeholders saying why.
 */
@Service
class ParallelReportComposer implements ReportComposer, ReportChecks {

    private final Sources sources;
    private final ServiceClients clients;
    private final ServiceBreakers breakers;
    private final List<CrossServiceRules> crossServiceRules;
    private final ServiceAnswers answers;
    private final Clock clock;
    private final String municipality;

    ParallelReportComposer(Sources sources, ServiceClients clients, ServiceBreakers breakers,
            List<CrossServiceRules> crossServiceRules, ServiceAnswers answers, @Value("${arsberetning.municipality:Trondheim kommune}") String municipality) {
        this.sources = sources;
        this.clients = clients;
        this.breakers = breakers;
        this.crossServiceRules = crossServiceRules;
        this.answers = answers;
        this.clock = Clock.systemUTC();
        this.municipality = municipality;
    }

    @Override
    public Mono<ComposedReport> compose(int year, boolean withFindings) {
        Mono<List<Part>> parts = Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> part(source, year))
                .collectList();
        Mono<List<Finding>> findings = withFindings ? findings(year) : Mono.just(List.of());
        return Mono.zip(parts, findings).map(both -> {
            List<Chapter> chapters = new ArrayList<>();
            List<SourceStatus> statuses = new ArrayList<>();
            FrontMatter frontMatter = null;
            for (Part part : both.getT1()) {
                chapters.addAll(part.chapters());
                statuses.add(part.status());
                frontMatter = frontMatter != null ? frontMatter : part.frontMatter();
            }
            return new ComposedReport(year, "Årsberetning " + year, municipality, clock.instant(), null,
                    List.copyOf(statuses), List.copyOf(chapters), both.getT2(), frontMatter);
        });
    }

    /**
     * Every service's findings and the cross-service rules, one finding per defect ({@link Findings#grouped}: a
     * cross-service finding leads its group, as it holds the authoritative value); a service that cannot answer
     * is a warning.
     */
    @Override
    public Mono<List<Finding>> findings(int year) {
        Flux<Finding> own = Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> guarded(source, "checks", year,
                        answers.of(source.id(), "checks", year, () -> clients.of(source.id()).checks(year)),
                        reason -> List.of(new Finding("service-checks-unavailable", Finding.Severity.WARNING, List.of(), List.of(),
                                "Kontrollene kunne ikke kjøres: " + reason, null, null))))
                .flatMapIterable(Function.identity());
        Flux<Finding> cross = Flux.fromIterable(crossServiceRules).flatMapSequential(rule -> rule.check(year))
                .flatMapIterable(Function.identity());
        // Both at once (the cross-service rules do not wait for the services' own checks), in this order.
        return Mono.zip(own.collectList(), cross.collectList()).map(both -> {
            List<Finding> all = new ArrayList<>(both.getT1());
            all.addAll(both.getT2());
            Set<Finding> crossService = Collections.newSetFromMap(new IdentityHashMap<>());
            crossService.addAll(both.getT2());
            return Findings.grouped(all, f -> crossService.contains(f) ? 0 : 1);
        });
    }

    private Mono<Part> part(Source source, int year) {
        long started = System.nanoTime();
        Mono<Part> call = answers.of(source.id(), "report", year, () -> clients.of(source.id()).report(year))
                .map(document -> new Part(document.chapters(), document.frontMatter(), status(source, true, null, started)));
        return guarded(source, "report", year, call,
                reason -> new Part(placeholders(source, reason), null, status(source, false, reason, started)));
    }

    /** The call within its breaker; when it fails, what {@code instead} makes of the reason, a placeholder. */
    private <T> Mono<T> guarded(Source source, String call, int year, Mono<T> mono, Function<String, T> instead) {
        return breakers.run(source.id(), call, Unavailable.unlessDown(source.id(), mono),
                (error, limit) -> Unavailable.instead(instead.apply(Unavailable.reason(source.title(), error, limit, year))));
    }

    private static SourceStatus status(Source source, boolean available, String reason, long started) {
        return new SourceStatus(source.id(), source.title(),
                source.chapters().stream().map(Sources.ChapterTitle::number).toList(), available, reason,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static List<Chapter> placeholders(Source source, String reason) {
        return source.chapters().stream()
                .map(c -> new Chapter(c.number(), c.title(), List.of(new Section("unavailable", "Ikke tilgjengelig",
                        List.of(new Block.Text("<p>Kapittelet kunne ikke hentes nå: " + escape(reason) + "</p>"))))))
                .toList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private record Part(List<Chapter> chapters, FrontMatter frontMatter, SourceStatus status) {
    }

}
