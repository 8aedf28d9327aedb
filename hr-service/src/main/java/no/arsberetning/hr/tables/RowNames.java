package no.arsberetning.hr.tables;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.tables.ReportedTable;

/**
 * How findings and notes name a row: its label, with the group above for a blank one, and the text of
 * a leading text column where the table has one («Stillinger med fagskoleutd. – Kultur» in 2.5).
 */
public final class RowNames {

    private RowNames() {
    }

    public static List<String> of(ReportedTable table, TableSpec spec) {
        List<String> labels = TableRows.filledLabels(table);
        List<String> names = new ArrayList<>();
        boolean textFirst = spec != null && spec.measure(0) == Measure.TEXT && !table.columns().isEmpty();
        for (int r = 0; r < labels.size(); r++) {
            String extra = textFirst ? HrCells.plain(table.rows().get(r).cells().get(0).text()) : "";
            names.add(extra.isEmpty() ? labels.get(r) : labels.get(r) + " – " + extra);
        }
        return names;
    }
}
