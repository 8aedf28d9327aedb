package no.arsberetning.common.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableRow;

/**
 * Claims every printed table's structure implies: a total row is the sum of the lines it adds up, and a
 * difference column (a deviation) is its two inputs subtracted with the table's sign convention. Built from
 * a table as stored, so they follow its rows and columns; a cell without a number is left out.
 */
public final class TableClaims {

    /** Rows that are ordinary lines (not headings, notes, subtotals or totals). */
    public static final Predicate<TableRow> LINES = r -> r.kind() == null || "line".equals(r.kind());

    private TableClaims() {
    }

    /**
     * Every subtotal and total of the table, in every number column, against what it adds up: by default the
     * lines since the previous subtotal or total (a group's «Sum …»); {@code combined} names, by row key,
     * the rows a result adds up instead (brutto driftsresultat = sum driftsinntekter + sum driftsutgifter).
     */
    public static List<Claim> totals(ReportedTable table, Map<String, Set<String>> combined, String rule) {
        List<Claim> claims = new ArrayList<>();
        List<TableRow> group = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if ("subtotal".equals(row.kind()) || "total".equals(row.kind())) {
                Set<String> terms = combined.get(row.key());
                List<TableRow> lines = terms != null ? table.rows().stream().filter(r -> terms.contains(r.key())).toList()
                        : List.copyOf(group);
                if (!lines.isEmpty()) {
                    claims.addAll(total(table, row, lines, rule));
                }
                group.clear();
            } else if (LINES.test(row)) {
                group.add(row);
            }
        }
        return claims;
    }

    /** A total row against the sum of the given rows, in every number column where the total has a number. */
    public static List<Claim> total(ReportedTable table, TableRow total, List<TableRow> lines, String rule) {
        List<Claim> claims = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            TableColumn column = table.columns().get(c);
            if (column.type() != TableColumn.ColumnType.NUMBER || total.cells().get(c).value() == null) {
                continue;
            }
            int at = c;
            List<Expr> terms = lines.stream().filter(r -> r != total && r.cells().get(at).value() != null)
                    .map(r -> Expr.cell(table.key(), r.key(), column.key())).toList();
            if (!terms.isEmpty()) {
                claims.add(Claim.equal(rule, Expr.cell(table.key(), total.key(), column.key()), Expr.sum(terms),
                        "«" + total.label() + "» i kolonnen «" + column.label() + "» er ikke summen av radene over"));
            }
        }
        return claims;
    }

    /**
     * A difference column in every row where all three are numbers: {@code result = sign × (minuend − subtrahend)}.
     *
     * @param sign +1 or −1, from the table's sign convention (e.g. a positive deviation means underspending)
     * @param convention the convention as the finding states it, or empty
     */
    public static List<Claim> differences(ReportedTable table, String result, String minuend, String subtrahend, int sign,
            String rule, String convention) {
        List<Claim> claims = new ArrayList<>();
        int r = table.columnIndex(result);
        int m = table.columnIndex(minuend);
        int s = table.columnIndex(subtrahend);
        for (TableRow row : table.rows()) {
            if (row.cells().get(r).value() == null || row.cells().get(m).value() == null || row.cells().get(s).value() == null) {
                continue;
            }
            claims.add(difference(table, row, result, minuend, subtrahend, sign, rule, convention));
        }
        return claims;
    }

    /** One row's difference column: {@code result = sign × (minuend − subtrahend)}. */
    public static Claim difference(ReportedTable table, TableRow row, String result, String minuend, String subtrahend,
            int sign, String rule, String convention) {
        Expr computed = Expr.cell(table.key(), row.key(), minuend).minus(Expr.cell(table.key(), row.key(), subtrahend));
        return Claim.equal(rule, Expr.cell(table.key(), row.key(), result), sign < 0 ? computed.negated() : computed,
                "«" + label(table, result) + "» for «" + row.label() + "» stemmer ikke med «" + label(table, minuend) + "» og «"
                        + label(table, subtrahend) + "»" + (convention.isBlank() ? "" : "{note} " + convention.strip()));
    }

    private static String label(ReportedTable table, String column) {
        return table.columns().get(table.columnIndex(column)).label();
    }
}
