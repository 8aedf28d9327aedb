package no.arsberetning.hr.suppression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.hr.tables.Chapter2Tables;
import no.arsberetning.hr.tables.ColumnLabels;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.RowNames;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/hr/{year}/suppression}: for staff, which cells the published rendition hides, per
 * table, with the value they hide and why. The staff report shows the values and names these cells.
 */
@RestController
class SuppressionController {

    private final TableStore tables;
    private final Suppression suppression;

    SuppressionController(TableStore tables, Suppression suppression) {
        this.tables = tables;
        this.suppression = suppression;
    }

    @GetMapping("${arsberetning.api-prefix}/{year}/suppression")
    SuppressionView suppression(@PathVariable int year) {
        List<TableCells> result = new ArrayList<>();
        for (ReportedTable table : tables.all(year)) {
            Map<CellRef, Cause> hidden = suppression.of(table);
            if (hidden.isEmpty()) {
                continue;
            }
            List<String> rows = RowNames.of(table, Chapter2Tables.spec(table.number()).orElse(null));
            List<String> columns = ColumnLabels.of(table);
            List<HiddenCell> cells = hidden.entrySet().stream().map(e -> {
                CellRef ref = e.getKey();
                var cell = table.rows().get(ref.row()).cells().get(ref.column());
                return new HiddenCell(table.rows().get(ref.row()).key(), table.columns().get(ref.column()).key(),
                        rows.get(ref.row()), columns.get(ref.column()), HrCells.value(cell), HrCells.plain(cell.text()),
                        e.getValue());
            }).toList();
            result.add(new TableCells(table.number(), table.key(), cells));
        }
        return new SuppressionView(year, suppression.threshold(), result);
    }

    /** The threshold and the hidden cells of every table that has any. */
    record SuppressionView(int year, int threshold, List<TableCells> tables) {
    }

    record TableCells(String number, String key, List<HiddenCell> cells) {
    }

    /** A hidden cell: row and column by key (as the tables API names them) and by printed label, its value, why. */
    record HiddenCell(String row, String column, String rowLabel, String columnLabel, BigDecimal value, String text,
            Cause cause) {
    }
}
