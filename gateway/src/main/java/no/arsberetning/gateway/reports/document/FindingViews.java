package no.arsberetning.gateway.reports.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;

import no.arsberetning.gateway.reports.document.DocumentView.CellView;
import no.arsberetning.gateway.reports.document.DocumentView.FindingsView;
import no.arsberetning.gateway.reports.document.DocumentView.HeaderView;
import no.arsberetning.gateway.reports.document.DocumentView.RowView;
import no.arsberetning.gateway.reports.document.DocumentView.TableView;

/**
 * The appendix of findings: one table, errors first, each finding linking to the printed tables it names
 * where the document has them.
 */
final class FindingViews {

    static final String HEADING = "Vedlegg: Funn fra kontrollene";
    private static final List<String> COLUMNS = List.of("Alvorlighet", "Tabeller", "Områder", "Melding", "Forventet", "Faktisk");

    private FindingViews() {
    }

    /**
     * @param tableIds element id of each printed table number in the document
     * @return null when the report was composed without findings
     */
    static FindingsView of(List<Finding> findings, Map<String, String> tableIds, Ids ids) {
        if (findings == null) {
            return null;
        }
        String id = ids.unique("funn-fra-kontrollene");
        List<Finding> sorted = findings.stream()
                .filter(f -> f != null)
                .sorted(Comparator.comparing(f -> f.severity() == null ? Severity.INFO : f.severity()))
                .toList();
        List<RowView> rows = new ArrayList<>();
        for (Finding finding : sorted) {
            rows.add(row(finding, tableIds));
        }
        List<HeaderView> columns = COLUMNS.stream().map(c -> new HeaderView(c, false)).toList();
        TableView table = new TableView(ids.unique("tabell-funn"), null, "Funn fra kontrollene", List.of(), "Regel", columns, rows);
        return new FindingsView(id, HEADING, summary(sorted), table);
    }

    static String label(Severity severity) {
        if (severity == null) {
            return "Info";
        }
        switch (severity) {
            case ERROR:
                return "Feil";
            case WARNING:
                return "Advarsel";
            default:
                return "Info";
        }
    }

    private static RowView row(Finding f, Map<String, String> tableIds) {
        String severity = f.severity() == null ? "info" : f.severity().name().toLowerCase(Locale.ROOT);
        List<CellView> cells = List.of(
                TableViews.text("<span class=\"severity severity-" + severity + "\">" + label(f.severity()) + "</span>"),
                TableViews.text(tables(f.tables(), tableIds)),
                TableViews.text(Markup.cell(join(f.areas()))),
                TableViews.text(Markup.cell(f.message())),
                TableViews.text(Markup.cell(f.expected())),
                TableViews.text(Markup.cell(f.actual())));
        return new RowView(Markup.cell(f.rule()), "line", cells);
    }

    private static String tables(List<String> numbers, Map<String, String> tableIds) {
        if (numbers == null) {
            return "";
        }
        return numbers.stream().map(n -> {
            String text = Markup.cell(n);
            String id = tableIds.get(n);
            return id == null ? text : "<a href=\"#" + id + "\">" + text + "</a>";
        }).collect(Collectors.joining(", "));
    }

    private static String summary(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "Kontrollene fant ingen avvik.";
        }
        Map<Severity, Long> counts = findings.stream()
                .collect(Collectors.groupingBy(f -> f.severity() == null ? Severity.INFO : f.severity(), Collectors.counting()));
        Function<Severity, Long> n = s -> counts.getOrDefault(s, 0L);
        return "Kontrollene fant " + NorwegianFormat.count(findings.size()) + " funn: "
                + plural(n.apply(Severity.ERROR), "feil", "feil") + ", "
                + plural(n.apply(Severity.WARNING), "advarsel", "advarsler") + " og "
                + NorwegianFormat.count(n.apply(Severity.INFO)) + " til informasjon.";
    }

    private static String plural(long n, String one, String many) {
        return NorwegianFormat.count(n) + " " + (n == 1 ? one : many);
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }
}
