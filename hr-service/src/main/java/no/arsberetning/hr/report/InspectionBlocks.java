package no.arsberetning.hr.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.hr.inspections.Inspection;

/**
 * The year's inspections (kommuneloven § 25-2): an overview table (authority, topic, orders, outcome,
 * follow-up, deadline) and each inspection's findings and follow-up as printed.
 */
final class InspectionBlocks {

    private InspectionBlocks() {
    }

    static List<Block> of(int year, List<Inspection> inspections) {
        if (inspections.isEmpty()) {
            return List.of();
        }
        List<Table.Row> rows = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        for (Inspection i : inspections) {
            rows.add(new Table.Row(i.unit(), "line", List.of(text(i.authority()), text(i.topic()), orders(i),
                    text(i.outcome() == null ? "" : i.outcome().label()),
                    text(i.followUpStatus() == null ? "" : i.followUpStatus().label()),
                    text(i.deadline() == null ? "" : i.deadline().toString()))));
            details.append("<h4>").append(Html.escape(i.authority() + " – " + i.unit())).append("</h4>");
            if (i.topic() != null) {
                details.append("<p><em>").append(Html.escape(i.topic())).append("</em></p>");
            }
            details.append(Html.paragraph(i.findings()));
            details.append(Html.paragraph("Oppfølging: " + (i.followUp() == null ? "Ikke beskrevet." : i.followUp())));
        }
        Table table = new Table(null, "Statlige tilsyn " + year, "mixed", null, List.of(
                new Table.Column("tilsynsmyndighet", "Tilsynsmyndighet", null), new Table.Column("tema", "Tema", null),
                new Table.Column("palegg", "Pålegg", "count"), new Table.Column("utfall", "Utfall", null),
                new Table.Column("oppfolging", "Oppfølging", null), new Table.Column("frist", "Frist", null)), rows);
        return List.of(new Block.TableBlock(table), new Block.Text(details.toString()));
    }

    private static Cell orders(Inspection i) {
        String printed = i.orders() == null ? "" : i.orders();
        if (i.ordersCount() == null) {
            return Cell.missing(MissingReason.NOT_REPORTED, printed, "count");
        }
        return i.ordersCount() == 0 ? new Cell(BigDecimal.ZERO, printed, "count", null)
                : Cell.of(BigDecimal.valueOf(i.ordersCount()), printed, "count");
    }

    private static Cell text(String text) {
        return new Cell(null, text == null ? "" : text, null, null);
    }
}
