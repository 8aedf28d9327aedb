package no.arsberetning.gateway.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.tables.ProvenanceEntries;
import no.arsberetning.gateway.dashboards.Dashboard.AreaDeviation;
import no.arsberetning.gateway.dashboards.Dashboard.FindingCounts;
import no.arsberetning.gateway.dashboards.Dashboard.GoalStatusCount;
import no.arsberetning.gateway.dashboards.Dashboard.GoalSummary;
import no.arsberetning.gateway.dashboards.Dashboard.KeyFigure;
import no.arsberetning.gateway.dashboards.Dashboard.Submission;
import no.arsberetning.gateway.completeness.Checklist;
import no.arsberetning.gateway.completeness.CompletenessEvaluator;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ReportComposer;
import no.arsberetning.gateway.services.ClimateApi;
import no.arsberetning.gateway.services.ServiceApi.StoredRow;
import no.arsberetning.gateway.services.ServiceApi.StoredTable;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Service;

/** Builds the overview of a year from the composed report and the services' tables and sections, in parallel. */
@Service
class Dashboards {

    private static final int OPEN_FINDINGS_SHOWN = 50;

    private final ReportComposer composer;
    private final ServiceClients clients;
    private final Sources sources;
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;

    Dashboards(ReportComposer composer, ServiceClients clients, Sources sources, ReactiveCircuitBreakerFactory<?, ?> breakers) {
        this.composer = composer;
        this.clients = clients;
        this.sources = sources;
        this.breakers = breakers;
    }

    Mono<Dashboard> of(int year) {
        Mono<ComposedReport> report = composer.compose(year, true);
        Mono<List<AreaDeviation>> deviation = guarded("finance-table", clients.of("finance").table(year, "1.2")
                .map(Dashboards::deviationPerArea), List.of());
        Mono<List<KeyFigure>> equality = guarded("hr-table", Mono.zip(clients.of("hr").table(year, "2.4"),
                clients.of("hr").table(year, "2.6")).map(t -> equality(t.getT1(), t.getT2())), List.of());
        Mono<List<Submission>> submissions = Flux.fromIterable(sources.sources())
                .flatMapSequential(source -> guarded(source.id() + "-sections", clients.of(source.id()).sections(year)
                        .map(sections -> sections.stream().map(s -> new Submission(source.id(), s.key(), s.title(), s.area(),
                                s.status(), s.statusLabel(), s.comment())).toList()), List.<Submission>of()))
                .flatMapIterable(Function.identity())
                .collectList();
        Mono<Optional<ClimateApi.Trajectory>> trajectory = guarded("climate-trajectory",
                clients.of("climate", ClimateApi.class).trajectory(year).map(Optional::of), Optional.empty());
        return Mono.zip(report, deviation, equality, submissions, trajectory).map(all -> new Dashboard(year, all.getT2(),
                goalStatus(all.getT1()), climateGoals(all.getT1()), all.getT5().orElse(null), all.getT3(), all.getT4(),
                counts(all.getT1().findings()), all.getT1().sources(),
                CompletenessEvaluator.evaluate(Checklist.standard(), all.getT1())));
    }

    private <T> Mono<T> guarded(String name, Mono<T> call, T fallback) {
        return breakers.create(name).run(call, error -> Mono.just(fallback));
    }

    static List<AreaDeviation> deviationPerArea(StoredTable table) {
        int actual = table.column("Regnskap");
        int revised = Math.max(table.column("Regulert"), table.column("Revidert"));
        int deviation = table.column("Avvik");
        List<AreaDeviation> rows = new ArrayList<>();
        for (StoredRow row : table.rows()) {
            if (row.area() != null && actual >= 0 && revised >= 0 && deviation >= 0) {
                rows.add(new AreaDeviation(row.area(), row.label(), row.cells().get(actual).value(),
                        row.cells().get(revised).value(), row.cells().get(deviation).value(), row.cells().get(deviation).text(),
                        table.unit(), table.number(), table.provenanceOf(row, deviation)));
            }
        }
        return rows;
    }

    /** Women's share of employees and of FTEs (table 2.4), and women's pay as a share of men's (table 2.6). */
    static List<KeyFigure> equality(StoredTable workforce, StoredTable pay) {
        List<KeyFigure> figures = new ArrayList<>();
        StoredRow total = workforce.rows().stream().filter(r -> "total".equals(r.kind())).reduce((a, b) -> b).orElse(null);
        int women = workforce.column("Kvinne Antall");
        int all = workforce.column("Sluttsum Antall");
        int womenFteShare = workforce.column("Kvinne Andel");
        if (total != null && women >= 0 && all >= 0 && total.cells().get(all).value() != null) {
            BigDecimal share = percent(total.cells().get(women).value(), total.cells().get(all).value());
            figures.add(new KeyFigure("Andel kvinner av ansatte (beregnet)", share, PrintedNumbers.format(share) + " %", "percent",
                    workforce.number(), workforce.provenanceOf(total, all)));
        }
        if (total != null && womenFteShare >= 0) {
            figures.add(new KeyFigure("Andel kvinner av årsverk (rapportert)", total.cells().get(womenFteShare).value(),
                    total.cells().get(womenFteShare).text(), "percent", workforce.number(),
                    workforce.provenanceOf(total, womenFteShare)));
        }
        int salary = pay.column("Årslønn");
        BigDecimal womenPay = value(pay, "Kvinne", salary);
        BigDecimal menPay = value(pay, "Mann", salary);
        if (womenPay != null && menPay != null) {
            BigDecimal ratio = percent(womenPay, menPay);
            figures.add(new KeyFigure("Kvinners årslønn i prosent av menns (beregnet)", ratio, PrintedNumbers.format(ratio) + " %",
                    "percent", pay.number(), ProvenanceEntries.of(pay.provenance())));
        }
        return figures;
    }

    private static BigDecimal value(StoredTable table, String rowLabel, int column) {
        if (column < 0) {
            return null;
        }
        return table.rows().stream().filter(r -> r.label().equalsIgnoreCase(rowLabel)).findFirst()
                .map(r -> r.cells().get(column).value()).orElse(null);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
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

    static List<GoalSummary> climateGoals(ComposedReport report) {
        List<GoalSummary> goals = new ArrayList<>();
        for (Chapter chapter : report.chapters()) {
            if (!"3".equals(chapter.number())) {
                continue;
            }
            for (Section section : chapter.sections()) {
                for (Block block : section.blocks()) {
                    if (block instanceof Block.Goals g) {
                        for (Goal goal : g.goals()) {
                            Goal.Indicator first = goal.indicators().isEmpty() ? null : goal.indicators().get(0);
                            goals.add(new GoalSummary(goal.id(), goal.text(),
                                    first == null || first.reportedStatus() == null ? null : code(first.reportedStatus()),
                                    first == null || first.computedStatus() == null ? null : code(first.computedStatus())));
                        }
                    }
                }
            }
        }
        return goals;
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
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
