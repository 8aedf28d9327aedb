package no.arsberetning.common.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.report.Table.Cell;

/**
 * Arithmetic every service checks its printed tables with: a total against the sum of its lines, and a
 * difference column (deviation) against its inputs with the table's own sign convention. A computed
 * value is compared at the printed precision. A difference no larger than the rounding of the inputs can
 * explain is reported as {@code info}; a larger one as {@code error}.
 */
public final class TableChecks {

    private TableChecks() {
    }

    /** Rows that are ordinary lines (not headings, notes, subtotals or totals). */
    public static final Predicate<TableRow> LINES = r -> r.kind() == null || "line".equals(r.kind());

    /**
     * Checks that a total row's cell equals the sum of the given rows' cells, for every number column.
     *
     * @param rule the rule's name in findings, e.g. {@code total-equals-sum}
     */
    public static List<Finding> totalEqualsSum(ReportedTable table, String totalRowKey, Predicate<TableRow> terms,
            String rule) {
        List<Finding> findings = new ArrayList<>();
        TableRow total = table.rows().get(table.rowIndex(totalRowKey));
        List<TableRow> lines = table.rows().stream().filter(terms).filter(r -> r != total).toList();
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).type() != TableColumn.ColumnType.NUMBER || total.cells().get(c).value() == null) {
                continue;
            }
            final int column = c;
            List<BigDecimal> values = lines.stream().map(r -> r.cells().get(column).value()).filter(Objects::nonNull).toList();
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            compare(table, total, c, sum, values.size(), rule,
                    "«" + total.label() + "» i kolonnen «" + table.columns().get(c).label() + "» er ikke summen av radene over",
                    findings);
        }
        return findings;
    }

    /**
     * Checks a difference column in every row where all three are numbers:
     * {@code result = sign × (minuend − subtrahend)}.
     *
     * @param sign +1 or −1, from the table's sign convention (e.g. a positive deviation means underspending)
     */
    public static List<Finding> differenceMatches(ReportedTable table, String resultColumn, String minuendColumn,
            String subtrahendColumn, int sign, String rule) {
        List<Finding> findings = new ArrayList<>();
        int result = table.columnIndex(resultColumn);
        int minuend = table.columnIndex(minuendColumn);
        int subtrahend = table.columnIndex(subtrahendColumn);
        for (TableRow row : table.rows()) {
            BigDecimal a = row.cells().get(minuend).value();
            BigDecimal b = row.cells().get(subtrahend).value();
            if (a == null || b == null || row.cells().get(result).value() == null) {
                continue;
            }
            BigDecimal expected = a.subtract(b).multiply(BigDecimal.valueOf(sign));
            compare(table, row, result, expected, 2, rule,
                    "«" + table.columns().get(result).label() + "» for «" + row.label() + "» stemmer ikke med «"
                            + table.columns().get(minuend).label() + "» og «" + table.columns().get(subtrahend).label() + "»",
                    findings);
        }
        return findings;
    }

    private static void compare(ReportedTable table, TableRow row, int column, BigDecimal computed, int terms, String rule,
            String message, List<Finding> findings) {
        Cell printed = row.cells().get(column);
        int scale = Math.max(printed.value().scale(), 0);
        BigDecimal rounded = computed.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal difference = printed.value().subtract(rounded).abs();
        if (difference.signum() == 0) {
            return;
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal roundingRoom = unit.multiply(BigDecimal.valueOf(terms)).divide(BigDecimal.valueOf(2), scale + 1, RoundingMode.HALF_UP);
        boolean rounding = difference.compareTo(roundingRoom) <= 0 && printed.value().signum() * rounded.signum() >= 0;
        List<String> areas = row.area() == null ? List.of() : List.of(row.area());
        findings.add(new Finding(rule, rounding ? Severity.INFO : Severity.ERROR, tableNumbers(table), areas,
                message + (rounding ? " (avrundingsdifferanse)." : "."), PrintedNumbers.format(rounded), printed.text()));
    }

    private static List<String> tableNumbers(ReportedTable table) {
        return table.number() == null ? List.of() : List.of(table.number());
    }
}
