package no.arsberetning.hr.tables;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;

/** Which rows of a stored table hold values, and which lines a total row sums up. */
public final class TableRows {

    private TableRows() {
    }

    public static boolean holdsValues(TableRow row) {
        return !"note".equals(row.kind()) && !"heading".equals(row.kind());
    }

    public static boolean isLine(TableRow row) {
        return row.kind() == null || "line".equals(row.kind());
    }

    public static boolean isTotal(TableRow row) {
        return "total".equals(row.kind());
    }

    /**
     * The lines a total row sums up: the ordinary lines directly above it, back to the previous total or
     * subtotal. A line printed below the total (such as «Fagbrev på jobb» under «TOTALT u/Fagbrev på jobb»
     * in 2.1) is not part of it.
     */
    public static List<Integer> termsOf(ReportedTable table, int totalRow) {
        List<Integer> terms = new ArrayList<>();
        for (int r = totalRow - 1; r >= 0; r--) {
            TableRow row = table.rows().get(r);
            if (!isLine(row)) {
                if (holdsValues(row)) {
                    break;
                }
                continue;
            }
            terms.add(0, r);
        }
        return terms;
    }

    /** Row indexes of the total rows. */
    public static List<Integer> totals(ReportedTable table) {
        List<Integer> totals = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            if (isTotal(table.rows().get(r))) {
                totals.add(r);
            }
        }
        return totals;
    }

    /**
     * Row labels as a reader understands grouped rows: a blank label continues the group above
     * (table 2.5 prints «Fagarbeiderstillinger og tilsvarende» once for ten service areas).
     */
    public static List<String> filledLabels(ReportedTable table) {
        List<String> labels = new ArrayList<>();
        String last = "";
        for (TableRow row : table.rows()) {
            String label = HrCells.plain(row.label());
            if (!label.isEmpty()) {
                last = label;
            }
            labels.add(label.isEmpty() ? last : label);
        }
        return labels;
    }
}
