package no.arsberetning.hr.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ProvenanceEntries;
import no.arsberetning.common.figures.StatedFigures;
import no.arsberetning.common.figures.StatedFigure;

/**
 * Blocks built from the numbers the chapter states in its text: the number of units, the discrimination-risk
 * survey of the working-environment groups, and the whistleblowing cases. These count units, groups and
 * cases, not persons, and are shown in both views.
 */
final class FigureBlocks {

    private static final Table.Column VALUE = new Table.Column("verdi", "Verdi", null);

    private FigureBlocks() {
    }

    static List<Block> units(StatedFigures figures) {
        return figures.find("enheter-{year}").map(f -> List.<Block>of(new Block.Text(Html.paragraph(f.text() + "."))))
                .orElse(List.of());
    }

    static List<Block> survey(StatedFigures figures) {
        List<Table.Row> rows = new ArrayList<>();
        figures.find("diskriminering-undersokelse-periode").ifPresent(f -> rows.add(text("Svarperiode", f)));
        Optional<StatedFigure> answered = figures.find("diskriminering-undersokelse-svar-amg");
        Optional<StatedFigure> units = figures.find("enheter-amg-undersokelse");
        answered.ifPresent(f -> rows.add(number("Arbeidsmiljøgrupper som svarte", f, "count")));
        units.ifPresent(f -> rows.add(number("Enheter (oppgitt i teksten)", f, "count")));
        if (answered.isPresent() && units.isPresent() && answered.get().number() != null && units.get().number() != null
                && units.get().number().signum() > 0) {
            BigDecimal rate = answered.get().number().multiply(BigDecimal.valueOf(100))
                    .divide(units.get().number(), 1, RoundingMode.HALF_UP);
            rows.add(new Table.Row("Svarandel (beregnet)", "line",
                    List.of(Cell.of(rate, PrintedNumbers.format(rate) + " %", "percent"))));
        }
        figures.find("diskriminering-undersokelse-skala").ifPresent(f -> rows.add(text("Skala (6 = høyest risiko)", f)));
        figures.find("diskriminering-omrader-svar-amg")
                .ifPresent(f -> rows.add(number("Svarte på hvilke områder risikoen gjelder (verdi 3–6)", f, "count")));
        figures.find("diskriminering-undersokelse-fjor-storst-risiko")
                .ifPresent(f -> rows.add(text("Områdene med størst risiko året før", f)));
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new Block.TableBlock(ProvenanceEntries.attach(new Table(null,
                "Kartlegging av risiko for diskriminering blant arbeidsmiljøgruppene (tall fra teksten)", "mixed", null,
                List.of(VALUE), rows), figures.provenance())));
    }

    static List<Block> whistleblowing(StatedFigures figures) {
        Optional<StatedFigure> total = figures.find("varsling-saker-{year}");
        List<Table.Row> rows = new ArrayList<>();
        total.ifPresent(f -> rows.add(number("Saker mottatt av varslingssekretariatet", f, "count")));
        figures.find("varsling-saker-weblosning").ifPresent(f -> rows.add(
                "alle".equalsIgnoreCase(f.value().strip()) && total.isPresent() && total.get().number() != null
                        ? new Table.Row("Mottatt gjennom webløsningen", "line",
                                List.of(Cell.of(total.get().number(), f.value(), "count")))
                        : number("Mottatt gjennom webløsningen", f, "count")));
        figures.find("varsling-kategori-etiske-retningslinjer")
                .ifPresent(f -> rows.add(number("Brudd på etiske retningslinjer", f, "count")));
        figures.find("varsling-kategori-psykososialt-arbeidsmiljo")
                .ifPresent(f -> rows.add(number("Psykososialt arbeidsmiljø", f, "count")));
        figures.find("varsling-anonyme").ifPresent(f -> rows.add(number("Anonyme varsler", f, "count")));
        figures.find("varsling-ikke-anonyme").ifPresent(f -> rows.add(number("Ikke anonyme varsler", f, "count")));
        figures.find("varsling-ferdigbehandlet-{year}")
                .ifPresent(f -> rows.add(number("Ferdig behandlet ved utgangen av året", f, "count")));
        figures.find("varsling-henlagt-{year}").ifPresent(f -> rows.add(number("Henlagt", f, "count")));
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new Block.TableBlock(ProvenanceEntries.attach(new Table(null,
                "Varslingssaker " + figures.year() + " (tall fra teksten; antall saker)", "count", null,
                List.of(new Table.Column("antall", "Antall saker", "count")), rows), figures.provenance())));
    }

    private static Table.Row number(String label, StatedFigure figure, String unit) {
        return new Table.Row(label, "line", List.of(figure.number() != null
                ? Cell.of(figure.number(), figure.value(), unit)
                : new Cell(null, figure.value(), unit, null)));
    }

    private static Table.Row text(String label, StatedFigure figure) {
        return new Table.Row(label, "line", List.of(new Cell(null, figure.value(), null, null)));
    }
}
