package no.arsberetning.gateway.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.gateway.reports.CrossServiceRules;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The same figure printed by two services (a count or amount stated in two chapters) must be the same
 * number. The pairs are data ({@link SharedFigures}); each service's report is fetched once per check.
 */
@Component
class SharedFiguresRule implements CrossServiceRules {

    static final String RULE = "same-figure-in-two-services";

    private final SharedFigures figures;
    private final ServiceClients clients;
    private final CrossServiceCalls calls;
    private final Map<String, String> titles = new LinkedHashMap<>();

    SharedFiguresRule(SharedFigures figures, ServiceClients clients, CrossServiceCalls calls, Sources sources) {
        this.figures = figures;
        this.clients = clients;
        this.calls = calls;
        sources.sources().forEach(source -> titles.put(source.id(), source.title()));
    }

    @Override
    public Mono<List<Finding>> check(int year) {
        if (figures.sharedFigures().isEmpty()) {
            return Mono.just(List.of());
        }
        List<String> services = figures.sharedFigures().stream()
                .flatMap(pair -> pair.figures().stream().map(SharedFigures.Figure::source)).distinct().toList();
        Mono<List<Finding>> findings = Flux.fromIterable(services)
                .flatMap(service -> clients.of(service).report(year).map(report -> Map.entry(service, report)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(reports -> compare(figures.sharedFigures(), reports, titles));
        return calls.guarded(RULE, findings, "Tall som står i to tjenesters kapitler");
    }

    static List<Finding> compare(List<SharedFigures.Pair> pairs, Map<String, ReportDocument> reports, Map<String, String> titles) {
        List<Finding> findings = new ArrayList<>();
        for (SharedFigures.Pair pair : pairs) {
            List<Optional<FigureText.Found>> found = pair.figures().stream()
                    .map(figure -> Optional.ofNullable(reports.get(figure.source()))
                            .flatMap(report -> FigureText.find(report, figure.pattern())))
                    .toList();
            findings.add(judge(pair, found, titles));
        }
        return findings;
    }

    private static Finding judge(SharedFigures.Pair pair, List<Optional<FigureText.Found>> found, Map<String, String> titles) {
        List<String> tables = found.stream().flatMap(Optional::stream).map(FigureText.Found::table)
                .filter(Objects::nonNull).distinct().toList();
        List<String> where = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            String service = titles.getOrDefault(pair.figures().get(i).source(), pair.figures().get(i).source());
            int index = i;
            where.add(found.get(i).map(f -> "«" + f.text() + "» hos " + service + " (" + place(f) + ")")
                    .orElseGet(() -> "ikke funnet hos " + titles.getOrDefault(pair.figures().get(index).source(),
                            pair.figures().get(index).source())));
        }
        if (found.stream().anyMatch(f -> f.isEmpty() || f.get().value() == null)) {
            return new Finding(RULE, Finding.Severity.WARNING, tables, List.of(),
                    "«" + pair.name() + "» kunne ikke sammenlignes: " + String.join("; ", where) + ".", null, null);
        }
        FigureText.Found first = found.get(0).orElseThrow();
        boolean same = found.stream().allMatch(f -> f.get().value().compareTo(first.value()) == 0);
        String other = found.stream().skip(1).map(f -> f.get().text()).findFirst().orElse(null);
        return same
                ? new Finding(RULE, Finding.Severity.INFO, tables, List.of(),
                        "«" + pair.name() + "» er det samme tallet i begge kapitlene: " + String.join("; ", where) + ".",
                        first.text(), other)
                : new Finding(RULE, Finding.Severity.ERROR, tables, List.of(),
                        "«" + pair.name() + "» er ulikt i to kapitler: " + String.join("; ", where) + ".", first.text(), other);
    }

    private static String place(FigureText.Found found) {
        return found.table() != null ? "tabell " + found.table() : "avsnitt «" + found.section() + "»";
    }
}
