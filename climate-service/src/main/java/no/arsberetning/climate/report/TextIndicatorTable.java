package no.arsberetning.climate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import no.arsberetning.climate.organisation.TextIndicator;
import no.arsberetning.climate.organisation.TextIndicator.PeriodValue;
import no.arsberetning.climate.printed.Measure;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table;

/**
 * The indicators the chapter states in its text, gathered into one table (not printed as a table): one row
 * per indicator and period, with the value, the target where the text states one, and whether the text
 * states the value in more than one way.
 */
final class TextIndicatorTable {

    private TextIndicatorTable() {
    }

    static Table of(List<TextIndicator> indicators) {
        List<Table.Column> columns = List.of(new Table.Column("gjelder", "Gjelder", null),
                new Table.Column("periode", "Periode", null), new Table.Column("verdi", "Verdi", "mixed"),
                new Table.Column("mal", "Mål", "mixed"), new Table.Column("merknad", "Merknad", null));
        List<Table.Row> rows = new ArrayList<>();
        for (TextIndicator i : indicators) {
            String scope = "city".equals(i.scope()) ? "Trondheim by" : "Egen virksomhet";
            String label = i.label() + " (" + ("percent".equals(i.unit()) ? "prosent" : i.unit()) + ")";
            for (PeriodValue v : i.values()) {
                rows.add(new Table.Row(label, "line", List.of(text(scope), text(v.period()), v.value().cell(),
                        target(i, v), text(note(v)))));
            }
            if (i.share() != null && i.share().share() != null) {
                rows.add(new Table.Row(label, "line", List.of(text(scope), text(i.share().period()), i.share().share().cell(),
                        Table.Cell.missing(MissingReason.NOT_APPLICABLE, "", "percent"),
                        text("Beregnet: " + i.share().part().text() + " av " + i.share().whole().text()))));
            }
        }
        return new Table(null, "Indikatorer oppgitt i kapitlets tekst", "mixed", null, columns, List.copyOf(rows));
    }

    private static Table.Cell target(TextIndicator i, PeriodValue v) {
        if (i.target() == null || i.target().value() == null || !Objects.equals(i.target().period(), v.period())) {
            return Table.Cell.missing(MissingReason.NOT_APPLICABLE, "", i.unit());
        }
        Measure target = i.target().value();
        return new Table.Cell(target.value(), ("at-most".equals(i.target().direction()) ? "høyst " : "minst ") + target.text(),
                target.unit(), null);
    }

    private static String note(PeriodValue v) {
        if (v.statementsAgree() || v.statements().size() < 2) {
            return "";
        }
        return "Oppgitt ulikt i teksten: " + String.join(" og ", v.statements().stream().map(s -> s.value().text()).toList());
    }

    private static Table.Cell text(String text) {
        return new Table.Cell(null, text == null ? "" : text, null, text == null || text.isEmpty() ? MissingReason.NOT_APPLICABLE : null);
    }
}
