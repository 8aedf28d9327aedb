package no.arsberetning.gateway.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import no.arsberetning.common.checks.Interval;
import no.arsberetning.common.checks.RowOffsets;
import no.arsberetning.common.checks.SharedFigure;
import no.arsberetning.common.checks.Size;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.gateway.checks.SharedFigurePairs.Pair;
import no.arsberetning.gateway.reports.CrossServiceRules;
import no.arsberetning.gateway.services.ServiceAnswers;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The same figure printed by two services must be the same number. Each service declares its shared figures
 * (read once per check); the pairs ({@link SharedFigurePairs}) say which ids to compare, whose value is
 * authoritative and why. Compared at the printed precision of both, with the one size rule of every check
 * ({@link Size}): the same, or a difference rounding explains, is no finding; beyond that a warning or an error
 * by the difference's size against the printed precision and the table's total. Cells of one row that differ
 * from the authoritative figures by the same amount are one finding ({@link RowOffsets}).
 */
@Component
class SharedFiguresRule implements CrossServiceRules {

    private final SharedFigurePairs pairs;
    private final ServiceClients clients;
    private final ServiceAnswers answers;
    private final CrossServiceCalls calls;
    private final Map<String, String> titles = new LinkedHashMap<>();

    SharedFiguresRule(SharedFigurePairs pairs, ServiceClients clients, ServiceAnswers answers, CrossServiceCalls calls,
            Sources sources) {
        this.pairs = pairs;
        this.clients = clients;
        this.answers = answers;
        this.calls = calls;
        sources.sources().forEach(source -> titles.put(source.id(), source.title()));
    }

    @Override
    public Mono<List<Finding>> check(int year) {
        Map<String, Mono<List<SharedFigure>>> declared = new LinkedHashMap<>();
        for (Pair pair : pairs.sharedFigures()) {
            for (String source : List.of(pair.authoritative(), pair.compared())) {
                declared.computeIfAbsent(source, s -> answers.of(s, "figures", year, () -> clients.of(s).sharedFigures(year)).cache());
            }
        }
        return Flux.fromIterable(pairs.sharedFigures())
                .concatMap(pair -> calls.guarded(pair.rule(), Mono.zip(declared.get(pair.authoritative()), declared.get(pair.compared()))
                        .map(both -> compare(pair, both.getT1(), both.getT2(), titles)), what(pair)))
                .concatMapIterable(findings -> findings)
                .collectList();
    }

    static List<Finding> compare(Pair pair, List<SharedFigure> authoritative, List<SharedFigure> compared,
            Map<String, String> titles) {
        Map<String, SharedFigure> byAuthority = byId(pair, authoritative);
        Map<String, SharedFigure> byOther = byId(pair, compared);
        Set<String> ids = new LinkedHashSet<>(byOther.keySet());
        ids.addAll(byAuthority.keySet());
        if (ids.isEmpty() && pair.required()) {
            ids.add(pair.ids());
        }
        Side auth = new Side(pair.authoritative(), titles.getOrDefault(pair.authoritative(), pair.authoritative()));
        Side other = new Side(pair.compared(), titles.getOrDefault(pair.compared(), pair.compared()));
        List<Finding> findings = new ArrayList<>();
        List<RowOffsets.Compared> cells = new ArrayList<>();
        for (String id : ids) {
            SharedFigure a = byAuthority.get(id);
            SharedFigure o = byOther.get(id);
            String name = pair.name() != null && !pair.ids().endsWith("/") ? pair.name() : (a != null ? a : o).name();
            if (a == null || o == null) {
                if (pair.required()) {
                    findings.add(new Finding(pair.rule(), Severity.WARNING, tables(o, a), areas(o, a), "«" + name
                            + "» kunne ikke sammenlignes: ikke oppgitt hos " + (a == null ? auth.title : other.title) + ".", null, null));
                }
                continue;
            }
            judge(pair, name, a, o, auth, other).ifPresent(finding -> {
                findings.add(finding);
                cell(finding, name, a, o, auth, other).ifPresent(cells::add);
            });
        }
        return RowOffsets.tied(findings, cells, because(pair, auth));
    }

    /** The finding as one printed cell against the number it restates, for {@link RowOffsets}; empty for anything else. */
    private static Optional<RowOffsets.Compared> cell(Finding finding, String name, SharedFigure a, SharedFigure o, Side auth,
            Side other) {
        if (o.places().size() != 1 || o.interval().isEmpty() || a.interval().isEmpty() || !Objects.equals(a.unit(), o.unit())) {
            return Optional.empty();
        }
        return Optional.of(new RowOffsets.Compared(finding, o.places().get(0), name, o.interval().orElseThrow(),
                a.interval().orElseThrow(), o.unit(), o.place() + " (" + other.title + ")", a.place() + " (" + auth.title + ")"));
    }

    private static String because(Pair pair, Side auth) {
        return pair.because() == null ? "" : auth.title + " er kilden: " + pair.because().strip();
    }

    private static Optional<Finding> judge(Pair pair, String name, SharedFigure a, SharedFigure o, Side auth, Side other) {
        List<String> tables = tables(o, a);
        List<String> areas = areas(o, a);
        if (a.interval().isEmpty() || o.interval().isEmpty()) {
            if (a.interval().isEmpty() && o.interval().isEmpty()) {
                return Optional.empty();
            }
            Side silent = a.interval().isEmpty() ? auth : other;
            SharedFigure stated = a.interval().isEmpty() ? o : a;
            Side stating = a.interval().isEmpty() ? other : auth;
            return Optional.of(new Finding(pair.rule(), Severity.INFO, tables, areas, "«" + name + "» oppgis ikke av "
                    + silent.title + "; " + stating.title + " har " + stated.text() + " (" + stated.place() + ").", a.text(), o.text()));
        }
        Interval expected = a.interval().get();
        Interval actual = o.interval().get();
        String where = "«" + o.text() + "» hos " + other.title + " (" + o.place() + ") og «" + a.text() + "» hos " + auth.title
                + " (" + a.place() + ")";
        Severity severity = Size.of(actual, expected, o.total().max(a.total()));
        if (severity == null || severity == Severity.INFO) {
            return pair.reportAgreement()
                    ? Optional.of(new Finding(pair.rule(), Severity.INFO, tables, areas,
                            "«" + name + "» er det samme tallet i begge kapitlene: " + where + ".", a.text(), o.text()))
                    : Optional.empty();
        }
        String because = because(pair, auth);
        return Optional.of(new Finding(pair.rule(), severity, tables, areas,
                "«" + name + "» er " + o.text() + " i " + o.place() + " (" + other.title + "), men " + a.text() + " i " + a.place()
                        + " (" + auth.title + ")." + (because.isEmpty() ? "" : " " + because), a.text(), o.text(), places(o, a), List.of()));
    }

    /**
     * The number checked (findings about it are one defect): where the compared service prints it, and where the
     * authoritative one does when that is one printed place rather than a sum of several.
     */
    private static List<String> places(SharedFigure compared, SharedFigure authoritative) {
        List<String> places = new ArrayList<>(compared.places());
        if (authoritative.places().size() == 1) {
            places.addAll(authoritative.places());
        }
        return places;
    }

    private static Map<String, SharedFigure> byId(Pair pair, List<SharedFigure> declared) {
        Map<String, SharedFigure> byId = new LinkedHashMap<>();
        declared.stream().filter(f -> pair.covers(f.id())).forEach(f -> byId.putIfAbsent(f.id(), f));
        return byId;
    }

    private static List<String> tables(SharedFigure first, SharedFigure second) {
        Set<String> tables = new LinkedHashSet<>();
        for (SharedFigure f : new SharedFigure[] {first, second}) {
            if (f != null && f.tables() != null) {
                tables.addAll(f.tables());
            }
        }
        return List.copyOf(tables);
    }

    private static List<String> areas(SharedFigure first, SharedFigure second) {
        Set<String> areas = new TreeSet<>();
        for (SharedFigure f : new SharedFigure[] {first, second}) {
            if (f != null && f.areas() != null) {
                areas.addAll(f.areas());
            }
        }
        return List.copyOf(areas);
    }

    private String what(Pair pair) {
        return pair.name() != null ? "«" + pair.name() + "»" : "Tall som står i to tjenesters kapitler";
    }

    private record Side(String source, String title) {
    }
}
