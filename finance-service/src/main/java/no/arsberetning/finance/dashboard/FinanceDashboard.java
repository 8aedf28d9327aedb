package no.arsberetning.finance.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.arsberetning.common.dashboard.DashboardPart;
import no.arsberetning.common.dashboard.DashboardPart.AreaDeviation;
import no.arsberetning.common.dashboard.DashboardParts;
import no.arsberetning.common.tables.ProvenanceEntries;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.finance.cycle.ChapterTables;

import org.springframework.stereotype.Component;

/**
 * Finance's part of the overview: each service area's actual, revised budget and deviation from the results
 * per service area (table 1.2), in that table's unit and sign convention (positive = underspending). The
 * columns are found by their printed headers («Regnskap …», «Regulert …» or «Revidert …», «Avvik»), so a year
 * whose headers name another year still fits; a table without them gives no rows.
 */
@Component
class FinanceDashboard implements DashboardParts {

    private final TableStore tables;

    FinanceDashboard(TableStore tables) {
        this.tables = tables;
    }

    @Override
    public DashboardPart of(int year) {
        List<AreaDeviation> deviations = tables.all(year).stream()
                .filter(t -> ChapterTables.AREA_RESULTS.equals(t.key()))
                .findFirst().map(FinanceDashboard::deviations).orElse(List.of());
        return new DashboardPart(year, deviations, List.of(), List.of(), List.of());
    }

    static List<AreaDeviation> deviations(ReportedTable table) {
        int actual = column(table, "regnskap");
        int revised = Math.max(column(table, "regulert"), column(table, "revidert"));
        int deviation = column(table, "avvik");
        List<AreaDeviation> rows = new ArrayList<>();
        if (actual < 0 || revised < 0 || deviation < 0) {
            return rows;
        }
        String deviationKey = table.columns().get(deviation).key();
        for (TableRow row : table.rows()) {
            if (row.area() != null) {
                rows.add(new AreaDeviation(row.area(), row.label(), row.cells().get(actual).value(),
                        row.cells().get(revised).value(), row.cells().get(deviation).value(), row.cells().get(deviation).text(),
                        table.unit(), table.number(), ProvenanceEntries.of(table.provenanceOf(row.key(), deviationKey))));
            }
        }
        return rows;
    }

    /** The first column whose printed header starts with the text (case ignored), or -1. */
    private static int column(ReportedTable table, String start) {
        List<TableColumn> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).label().toLowerCase(Locale.ROOT).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }
}
