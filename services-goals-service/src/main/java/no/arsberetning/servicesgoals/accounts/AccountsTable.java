package no.arsberetning.servicesgoals.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableDraft;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.servicesgoals.printed.PrintedTables;

/**
 * A service area's operating-accounts table (4.1–4.3, 6.1, 7.1 …): recognised by its columns —
 * actual, revised budget, original budget and deviation — whatever their exact printed headers.
 *
 * @param actual index of «Regnskap»; {@code revised} of «Revidert/Regulert budsjett»; {@code original} of
 *               «Opprinnelig budsjett» (−1 when not printed); {@code deviation} of «Avvik …»
 */
public record AccountsTable(ReportedTable table, String area, TableRow row, int actual, int revised, int original,
        int deviation, SignConvention convention) {

    /** The table as an accounts table, if it is one and concerns a single area. */
    public static Optional<AccountsTable> of(ReportedTable table) {
        Optional<int[]> columns = columns(PrintedTables.columnLabels(table));
        String area = table.areas() != null && table.areas().size() == 1 ? table.areas().get(0) : null;
        Optional<TableRow> row = table.rows().stream().filter(r -> r.kind() == null || "line".equals(r.kind())).findFirst();
        if (columns.isEmpty() || area == null || row.isEmpty()) {
            return Optional.empty();
        }
        int[] c = columns.get();
        return Optional.of(new AccountsTable(table, area, row.get(), c[0], c[1], c[2], c[3],
                SignConvention.of(table.signConvention())));
    }

    /** Whether a table being imported is an accounts table (its section then is its area's). */
    public static boolean isAccounts(TableDraft draft) {
        return columns(draft.columnLabels()).isPresent();
    }

    public String columnKey(int index) {
        return table.columns().get(index).key();
    }

    private static Optional<int[]> columns(List<String> labels) {
        int actual = -1;
        int revised = -1;
        int original = -1;
        int deviation = -1;
        for (int c = 0; c < labels.size(); c++) {
            String label = labels.get(c).toLowerCase(Locale.ROOT).trim();
            if (label.startsWith("regnskap") && actual < 0) {
                actual = c;
            } else if ((label.startsWith("revidert budsjett") || label.startsWith("regulert budsjett")) && revised < 0) {
                revised = c;
            } else if (label.startsWith("opprinnelig budsjett") && original < 0) {
                original = c;
            } else if (label.startsWith("avvik") && deviation < 0) {
                deviation = c;
            }
        }
        return actual >= 0 && revised >= 0 && deviation >= 0
                ? Optional.of(new int[] {actual, revised, original, deviation})
                : Optional.empty();
    }
}
