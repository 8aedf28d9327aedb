package no.arsberetning.hr.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.hr.pay.PayRatio;
import no.arsberetning.hr.suppression.Cause;
import no.arsberetning.hr.suppression.CellRef;

/**
 * The computed table «Kvinners gjennomsnittslønn i prosent av menns» for the gender-equality statement. In
 * the published view a group's counts and ratio are hidden wherever the source table hides them: a ratio
 * of two averages over fewer than the threshold would show a person's pay.
 */
final class PayRatioBlock {

    private PayRatioBlock() {
    }

    /**
     * @param hiddenByTable hidden cells of the source tables by printed number
     */
    static List<Block> of(List<PayRatio> ratios, Map<String, Map<CellRef, Cause>> hiddenByTable, ReportView view,
            int threshold) {
        if (ratios.isEmpty()) {
            return List.of();
        }
        boolean publish = view == ReportView.PUBLISHED;
        List<Table.Row> rows = new ArrayList<>();
        boolean anyHidden = false;
        for (PayRatio ratio : ratios) {
            Map<CellRef, Cause> hidden = hiddenByTable.getOrDefault(ratio.table(), Map.of());
            boolean womenHidden = hidden.containsKey(new CellRef(ratio.row(), 0)) || hidden.containsKey(new CellRef(ratio.row(), 1));
            boolean menHidden = hidden.containsKey(new CellRef(ratio.row(), 2)) || hidden.containsKey(new CellRef(ratio.row(), 3));
            boolean ratioHidden = womenHidden || menHidden || ratio.women() != null && !ratio.bothAtLeast(threshold);
            anyHidden |= publish && ratioHidden;
            rows.add(new Table.Row(ratio.group(), ratio.total() ? "total" : "line", List.of(
                    new Cell(null, "Tabell " + ratio.table(), null, null),
                    count(ratio.women(), publish && womenHidden),
                    count(ratio.men(), publish && menHidden),
                    publish && ratioHidden ? Cell.missing(MissingReason.SUPPRESSED, TableRendition.HIDDEN, "percent")
                            : Cell.of(ratio.ratio(), PrintedNumbers.format(ratio.ratio()) + " %", "percent"))));
        }
        if (anyHidden) {
            rows.add(TableRendition.hiddenNote(4, threshold));
        }
        Table table = new Table(null, "Kvinners gjennomsnittslønn i prosent av menns, beregnet fra tabell 2.6–2.9",
                "mixed", null, List.of(new Table.Column("tabell", "Tabell", null),
                        new Table.Column("kvinner", "Kvinner (antall)", "count"),
                        new Table.Column("menn", "Menn (antall)", "count"),
                        new Table.Column("kvinners-lonn-i-prosent-av-menns", "Kvinners lønn i prosent av menns", "percent")),
                rows);
        return List.of(new Block.TableBlock(table));
    }

    private static Cell count(BigDecimal value, boolean hidden) {
        if (hidden) {
            return Cell.missing(MissingReason.SUPPRESSED, TableRendition.HIDDEN, "count");
        }
        return value == null ? Cell.missing(MissingReason.NOT_APPLICABLE, "", "count")
                : Cell.of(value, PrintedNumbers.format(value), "count");
    }
}
