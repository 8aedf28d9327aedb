package no.arsberetning.hr.tables;

import java.util.List;

import no.arsberetning.common.tables.ReportedTable;

/**
 * Column labels as a reader understands them. The shared import already joins a header printed over two
 * rows into one label per column («Kvinne Antall», «Kvinne Årsverk»); this only removes any markup.
 */
public final class ColumnLabels {

    private ColumnLabels() {
    }

    public static List<String> of(ReportedTable table) {
        return table.columns().stream().map(c -> HrCells.plain(c.label())).toList();
    }
}
