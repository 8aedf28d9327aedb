package no.arsberetning.hr.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.hr.tables.ColumnLabels;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.Measure;
import no.arsberetning.hr.tables.RowNames;
import no.arsberetning.hr.tables.ServiceAreas;
import no.arsberetning.hr.tables.TableSpec;

/**
 * A stored table as the rules read it: numbers through {@link HrCells}, rows and columns by the names a
 * reader uses, and the service area a row concerns (table 2.5 names one per row).
 */
final class TableView {

    final ReportedTable table;
    final TableSpec spec;
    final List<String> rowNames;
    final List<String> columnLabels;

    TableView(ReportedTable table, TableSpec spec) {
        this.table = table;
        this.spec = spec;
        this.rowNames = RowNames.of(table, spec);
        this.columnLabels = ColumnLabels.of(table);
    }

    BigDecimal value(int row, int column) {
        return HrCells.value(cell(row, column));
    }

    BigDecimal valueOrZero(int row, int column) {
        return HrCells.valueOrZero(cell(row, column));
    }

    Cell cell(int row, int column) {
        return table.rows().get(row).cells().get(column);
    }

    String text(int row, int column) {
        return HrCells.plain(cell(row, column).text());
    }

    TableRow row(int row) {
        return table.rows().get(row);
    }

    int rows() {
        return table.rows().size();
    }

    /** True for a column printed rounded (FTE, averages), whose value carries rounding uncertainty. */
    boolean rounded(int column) {
        Measure measure = spec.measure(column);
        return measure == Measure.FTE || measure == Measure.AVERAGE_PAY || measure == Measure.AVERAGE_PERCENT;
    }

    List<String> areas(int row) {
        List<String> areas = new ArrayList<>();
        if (row >= 0 && spec.measure(0) == Measure.TEXT) {
            String code = ServiceAreas.ofTableName(text(row, 0));
            if (code != null) {
                areas.add(code);
            }
        }
        return areas;
    }

    Finding finding(String rule, Severity severity, int row, String message, String expected, String actual) {
        return new Finding(rule, severity, table.number() == null ? List.of() : List.of(table.number()), areas(row),
                message, expected, actual);
    }

    /** «Kvinne – Antall» for «Byutvikling». */
    String where(int row, int column) {
        return "«" + columnLabels.get(column) + "» for «" + rowNames.get(row) + "»";
    }
}
