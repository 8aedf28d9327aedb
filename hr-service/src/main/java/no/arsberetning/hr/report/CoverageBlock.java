package no.arsberetning.hr.report;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.hr.equality.Coverage;

/** The requirements of the gender-equality statement (ldl. § 26a) and what the year's data covers. */
final class CoverageBlock {

    private CoverageBlock() {
    }

    static List<Block> of(String basis, List<Coverage> coverage) {
        List<Table.Row> rows = new ArrayList<>();
        for (Coverage c : coverage) {
            List<String> shown = new ArrayList<>();
            c.tables().forEach(t -> shown.add("Tabell " + t));
            if (!c.figures().isEmpty()) {
                shown.add("Tall i teksten");
            }
            rows.add(new Table.Row(c.requirement(), "line", List.of(text(c.frequencyLabel()), text(c.statusLabel()),
                    text(String.join(", ", shown)), text(c.note()))));
        }
        Table table = new Table(null, "Likestillingsredegjørelsen: hva ldl. § 26a krever, og hva årets data dekker", null, null,
                List.of(new Table.Column("hyppighet", "Hyppighet", null), new Table.Column("status", "Status", null),
                        new Table.Column("grunnlag", "Grunnlag", null), new Table.Column("merknad", "Merknad", null)),
                rows);
        return List.of(new Block.Text(Html.paragraph(basis)), new Block.TableBlock(table));
    }

    private static Cell text(String text) {
        return new Cell(null, text == null ? "" : text, null, null);
    }
}
