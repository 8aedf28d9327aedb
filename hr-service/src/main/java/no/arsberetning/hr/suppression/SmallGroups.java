package no.arsberetning.hr.suppression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.hr.tables.ColumnSpec;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.Measure;
import no.arsberetning.hr.tables.TableRows;
import no.arsberetning.hr.tables.TableSpec;
import no.arsberetning.hr.tables.TableSpec.Flow;
import no.arsberetning.hr.tables.TableSpec.RowSum;

/**
 * Which cells of a table could identify a person, and must not be published (small-group suppression).
 *
 * <ol>
 *   <li><b>Small groups</b>: a count of persons ({@link Measure#PERSONS}) above zero and below the threshold.</li>
 *   <li><b>Complementary cells</b>: wherever counts add up — the columns of a row that make its total (women +
 *       men), the lines that make a total row, the flows of a stock — a single hidden count could be worked
 *       out from the others. Then the smallest other count of that sum is hidden too (or the total, when no
 *       other count is left), repeated until every sum hides none or at least two of its members. A blank
 *       cell counts as a known zero.</li>
 *   <li><b>Derived cells</b>: FTE and averages over a hidden count, and shares whose part or whole is hidden.
 *       An average pay over fewer than the threshold is thereby never published.</li>
 * </ol>
 * Percentages, FTE and pay of large groups are not counts of persons and stay.
 */
public final class SmallGroups {

    private SmallGroups() {
    }

    public static Map<CellRef, Cause> suppress(ReportedTable table, TableSpec spec, int threshold) {
        Map<CellRef, Cause> hidden = new LinkedHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            if (!TableRows.holdsValues(table.rows().get(r))) {
                continue;
            }
            for (ColumnSpec column : spec.columns()) {
                BigDecimal value = value(table, r, column.index());
                if (column.measure() == Measure.PERSONS && value != null && value.signum() != 0
                        && value.abs().compareTo(BigDecimal.valueOf(threshold)) < 0) {
                    hidden.put(new CellRef(r, column.index()), Cause.SMALL_GROUP);
                }
            }
        }
        List<List<CellRef>> sums = sums(table, spec);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<CellRef> sum : sums) {
                if (sum.stream().filter(hidden::containsKey).count() == 1) {
                    CellRef next = complement(table, sum, hidden);
                    if (next != null) {
                        hidden.put(next, Cause.COMPLEMENTARY);
                        changed = true;
                    }
                }
            }
        }
        hideDerived(table, spec, hidden);
        return hidden;
    }

    /** Every sum of person counts in the table: the total first, then its terms. */
    static List<List<CellRef>> sums(ReportedTable table, TableSpec spec) {
        List<List<CellRef>> sums = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            if (!TableRows.holdsValues(table.rows().get(r))) {
                continue;
            }
            for (RowSum rowSum : spec.rowSums()) {
                if (spec.measure(rowSum.total()) == Measure.PERSONS) {
                    List<CellRef> sum = new ArrayList<>();
                    sum.add(new CellRef(r, rowSum.total()));
                    for (int term : rowSum.terms()) {
                        sum.add(new CellRef(r, term));
                    }
                    sums.add(sum);
                }
            }
        }
        for (ColumnSpec column : spec.columns()) {
            if (column.measure() != Measure.PERSONS) {
                continue;
            }
            Flow flow = spec.flow();
            if (flow != null) {
                sums.add(List.of(new CellRef(flow.change(), column.index()), new CellRef(flow.in(), column.index()),
                        new CellRef(flow.out(), column.index())));
                sums.add(List.of(new CellRef(flow.end(), column.index()), new CellRef(flow.start(), column.index()),
                        new CellRef(flow.change(), column.index())));
                continue;
            }
            for (int total : TableRows.totals(table)) {
                List<CellRef> sum = new ArrayList<>();
                sum.add(new CellRef(total, column.index()));
                TableRows.termsOf(table, total).forEach(r -> sum.add(new CellRef(r, column.index())));
                if (sum.size() > 1) {
                    sums.add(sum);
                }
            }
        }
        return sums;
    }

    /** The smallest shown count among the terms of a sum with one hidden member; the total if none is left. */
    private static CellRef complement(ReportedTable table, List<CellRef> sum, Map<CellRef, Cause> hidden) {
        CellRef total = sum.get(0);
        CellRef smallest = sum.subList(1, sum.size()).stream()
                .filter(c -> !hidden.containsKey(c))
                .filter(c -> value(table, c.row(), c.column()) != null && value(table, c.row(), c.column()).signum() != 0)
                .min(Comparator.comparing(c -> value(table, c.row(), c.column()).abs()))
                .orElse(null);
        if (smallest != null) {
            return smallest;
        }
        return !hidden.containsKey(total) && value(table, total.row(), total.column()) != null ? total : null;
    }

    private static void hideDerived(ReportedTable table, TableSpec spec, Map<CellRef, Cause> hidden) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < table.rows().size(); r++) {
                TableRow row = table.rows().get(r);
                if (!TableRows.holdsValues(row)) {
                    continue;
                }
                for (ColumnSpec column : spec.columns()) {
                    CellRef cell = new CellRef(r, column.index());
                    if (hidden.containsKey(cell) || column.measure() == Measure.PERSONS) {
                        continue;
                    }
                    boolean derived = column.basis() != null && hidden.containsKey(new CellRef(r, column.basis()))
                            || column.numerator() != null && hidden.containsKey(new CellRef(r, column.numerator()))
                            || column.denominator() != null && hidden.containsKey(new CellRef(r, column.denominator()));
                    if (derived) {
                        hidden.put(cell, Cause.DERIVED);
                        changed = true;
                    }
                }
            }
        }
    }

    private static BigDecimal value(ReportedTable table, int row, int column) {
        return HrCells.value(table.rows().get(row).cells().get(column));
    }
}
