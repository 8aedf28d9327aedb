package no.arsberetning.hr.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import no.arsberetning.common.checks.Expr;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.hr.tables.ColumnLabels;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.Measure;
import no.arsberetning.hr.tables.RowNames;
import no.arsberetning.hr.tables.TableSpec;

/**
 * A chapter-2 table as its claims name it: a cell by row and value column ({@link TableSpec}), read exactly for
 * counts of persons and as rounded for FTE, averages and shares; rows and columns by the names a reader uses.
 */
final class HrTable {

    final ReportedTable table;
    final TableSpec spec;
    private final List<String> rowNames;
    private final List<String> columnLabels;

    HrTable(ReportedTable table, TableSpec spec) {
        this.table = table;
        this.spec = spec;
        this.rowNames = RowNames.of(table, spec);
        this.columnLabels = ColumnLabels.of(table);
    }

    /** The cell as a claim reads it: exact for a count of persons, else rounded to its printed digits. */
    Expr at(int row, int column) {
        String r = table.rows().get(row).key();
        String c = table.columns().get(column).key();
        return spec.measure(column) == Measure.PERSONS ? Expr.count(table.key(), r, c) : Expr.cell(table.key(), r, c);
    }

    /** The sum of the cells that hold a number; a blank in a pivot table counts as zero. */
    Expr sum(List<Integer> rows, int column) {
        List<Expr> terms = rows.stream().filter(r -> value(r, column) != null).map(r -> at(r, column)).toList();
        return terms.isEmpty() ? Expr.constant(BigDecimal.ZERO, null) : Expr.sum(terms);
    }

    BigDecimal value(int row, int column) {
        return HrCells.value(table.rows().get(row).cells().get(column));
    }

    TableRow row(int row) {
        return table.rows().get(row);
    }

    int rows() {
        return table.rows().size();
    }

    String label(int column) {
        return columnLabels.get(column);
    }

    String rowName(int row) {
        return rowNames.get(row);
    }

    /** «Kvinne – Antall» for «Byutvikling». */
    String where(int row, int column) {
        return "«" + label(column) + "» for «" + rowName(row) + "»";
    }

    /** «Kvinne Årsverk» + «Mann Årsverk». */
    String labels(List<Integer> columns, String joiner) {
        return columns.stream().map(c -> "«" + label(c) + "»").collect(Collectors.joining(joiner));
    }
}
