package no.arsberetning.gateway.dashboards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import no.arsberetning.common.dashboard.DashboardPart;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.gateway.dashboards.Dashboard.FindingCounts;
import no.arsberetning.gateway.dashboards.Dashboard.GoalStatusCount;
import no.arsberetning.gateway.dashboards.Dashboard.Submission;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import no.arsberetning.gateway.reports.ReportComposer;
import no.arsberetning.gateway.reports.completeness.Checklist;
import no.arsberetning.gateway.reports.completeness.CompletenessEvaluator;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import no.arsberetning.gateway.services.Sources.Source;
import no.arsberetning.gateway.services.Unavailable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import no.arsberetning.gateway.services.ServiceBreakers;
import org.springframework.stereotype.Service;

/**
 * Builds the overview of a year, in parallel: the composed report (goal status, findings, checklist), every
 * service's own dashboard part and its sections. The parts are put together as the services publish them.
 */
@Service
class Dashboards {

    private static final int OPEN_FINDINGS_SHOWN = 50;

    private final ReportComposer composer;
    private final ServiceClients clients;
    private final Sources sources;
    private final ServiceBreakers breakers;

    Dashboards(ReportComposer composer, ServiceClients clients, Sources sources, ServiceBreakers breakers) {
        this.composer = composer;
        this.clients = clients;
        this.sources = sources;
        this.breakers = breakers;
    }

    Mono<Dashboard> of(int year) {
        Mono<ComposedReport> report = composer.compose(year, true);
        Mono<List<Part>> parts = Flux.fromIterable(sources.sources()).flatMapSequential(source -> part(source, year)).collectList();
        Mono<List<Submission>> submissions = Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> guarded(source.id(), "sections", Unavailable.unlessDown(source.id(),
                        clients.of(source.id()).sections(year).map(sections -> sections.stream().map(s -> new Submission(
                                source.id(), s.key(), s.title(), s.area(), s.status(), s.statusLabel(), s.comment())).toList())),
                        List.<Submission>of()))
                .flatMapIterable(Function.identity())
                .collectList();
        return Mono.zip(report, parts, submissions).map(all -> {
            ComposedReport composed = all.getT1();
            List<DashboardPart> published = all.getT2().stream().map(Part::part).toList();
            return new Dashboard(year, flat(published, DashboardPart::deviations), goalStatus(composed),
                    flat(published, DashboardPart::keyFigures), flat(published, DashboardPart::goals),
                    flat(published, DashboardPart::charts), all.getT3(), counts(composed.findings()),
                    sources(composed.sources(), all.getT2()), CompletenessEvaluator.evaluate(Checklist.standard(), composed));
        });
    }

    private Mono<Part> part(Source source, int year) {
        return breakers.run(source.id(), "dashboard",
                Unavailable.unlessDown(source.id(), clients.of(source.id()).dashboard(year).map(part -> new Part(source.id(), part, null))),
                (error, limit) -> Unavailable.instead(new Part(source.id(), DashboardPart.empty(year),
                        Unavailable.reason(source.title(), error, limit, year))));
    }

    private <T> Mono<T> guarded(String service, String name, Mono<T> call, T fallback) {
        return breakers.run(service, name, call, (error, limit) -> Unavailable.instead(fallback));
    }

    private static <T> List<T> flat(List<DashboardPart> parts, Function<DashboardPart, List<T>> what) {
        return parts.stream().flatMap(part -> what.apply(part).stream()).toList();
    }

    /** The report's sources, each unavailable also when its dashboard part did not come. */
    static List<SourceStatus> sources(List<SourceStatus> report, List<Part> parts) {
        Map<String, String> missing = new HashMap<>();
        parts.stream().filter(p -> p.reason() != null).forEach(p -> missing.put(p.service(), p.reason()));
        return report.stream()
                .map(s -> s.available() && missing.containsKey(s.service())
                        ? new SourceStatus(s.service(), s.title(), s.chapters(), false, missing.get(s.service()), s.elapsedMillis())
                        : s)
                .toList();
    }

    static List<GoalStatusCount> goalStatus(ComposedReport report) {
        List<GoalStatusCount> counts = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            Map<String, Integer> reported = new LinkedHashMap<>();
            int disagreeing = 0;
            for (Goal.Indicator indicator : indicators(chapter)) {
                GoalStatus status = indicator.reportedStatus() == null ? GoalStatus.NOT_ASSESSED : indicator.reportedStatus();
                reported.merge(code(status), 1, Integer::sum);
                if (indicator.computedStatus() != null && indicator.reportedStatus() != null
                        && indicator.computedStatus() != indicator.reportedStatus()) {
                    disagreeing++;
                }
            }
            if (!reported.isEmpty()) {
                counts.add(new GoalStatusCount(chapter.number(), chapter.title(), reported, disagreeing));
            }
        }
        return counts;
    }

    private static List<Goal.Indicator> indicators(Chapter chapter) {
        List<Goal.Indicator> indicators = new ArrayList<>();
        for (Section section : chapter.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Block.Goals g) {
                    g.goals().forEach(goal -> indicators.addAll(goal.indicators()));
                }
            }
        }
        return indicators;
    }

    private static String code(GoalStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A service's dashboard part, or an empty one and why. */
    record Part(String service, DashboardPart part, String reason) {
    }

    static FindingCounts counts(List<Finding> findings) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Finding finding : findings) {
            switch (finding.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                default -> infos++;
            }
        }
        List<Finding> open = findings.stream().filter(f -> f.severity() != Finding.Severity.INFO).limit(OPEN_FINDINGS_SHOWN).toList();
        return new FindingCounts(errors, warnings, infos, open);
    }
}
