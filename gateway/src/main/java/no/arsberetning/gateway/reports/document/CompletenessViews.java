package no.arsberetning.gateway.reports.document;

import java.util.List;

import no.arsberetning.gateway.reports.completeness.Completeness;
import no.arsberetning.gateway.reports.completeness.Completeness.ItemResult;
import no.arsberetning.gateway.reports.document.DocumentView.CellView;
import no.arsberetning.gateway.reports.document.DocumentView.CompletenessView;
import no.arsberetning.gateway.reports.document.DocumentView.HeaderView;
import no.arsberetning.gateway.reports.document.DocumentView.RowView;
import no.arsberetning.gateway.reports.document.DocumentView.TableView;

/** The appendix «Lovpålagt innhold»: the statutory checklist held against this report, as one table. */
final class CompletenessViews {

    static final String HEADING = "Vedlegg: Lovpålagt innhold";
    private static final List<String> COLUMNS = List.of("Lov og paragraf", "Hyppighet", "Status", "Dekket av / mangler");

    private CompletenessViews() {
    }

    static CompletenessView of(Completeness completeness, Ids ids) {
        List<RowView> rows = completeness.items().stream().map(CompletenessViews::row).toList();
        List<HeaderView> columns = COLUMNS.stream().map(c -> new HeaderView(c, false)).toList();
        TableView table = new TableView(ids.unique("tabell-lovpalagt-innhold"), null, Markup.cell(completeness.title()),
                List.of(), "Krav", columns, rows);
        return new CompletenessView(ids.unique("lovpalagt-innhold"), HEADING, summary(completeness),
                Markup.plain(completeness.basis()), table);
    }

    private static RowView row(ItemResult item) {
        boolean covered = Completeness.COVERED.equals(item.status());
        String where = covered
                ? String.join(", ", item.places().stream().map(p -> Markup.cell(p.label())).toList())
                : Markup.cell(item.reason());
        List<CellView> cells = List.of(
                TableViews.text(Markup.cell(shortLaw(item.law()) + " " + item.reference())),
                TableViews.text(Markup.cell(item.frequencyLabel())),
                TableViews.text("<strong>" + Markup.cell(item.statusLabel()) + "</strong>"),
                TableViews.text(where));
        return new RowView(Markup.cell(item.text()), covered ? "line" : "missing", cells);
    }

    private static String shortLaw(String law) {
        if (law == null) {
            return "";
        }
        int paren = law.indexOf(" (");
        return paren > 0 ? law.substring(0, paren) : law;
    }

    private static String summary(Completeness completeness) {
        int total = completeness.items().size();
        if (completeness.missing() == 0) {
            return "Alle " + NorwegianFormat.count(total) + " lovpålagte punkter er dekket i denne utgaven.";
        }
        return NorwegianFormat.count(completeness.covered()) + " av " + NorwegianFormat.count(total)
                + " lovpålagte punkter er dekket; " + NorwegianFormat.count(completeness.missing())
                + " mangler. Hva som mangler og hvorfor, står i tabellen.";
    }
}
