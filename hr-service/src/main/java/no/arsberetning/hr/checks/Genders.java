package no.arsberetning.hr.checks;

import java.util.Locale;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.TableRows;

/** Finds the rows of a table with one row per gender: women, men and the total. */
final class Genders {

    enum Gender {
        WOMEN("kvinner"), MEN("menn"), ALL("i alt");

        final String label;

        Gender(String label) {
            this.label = label;
        }
    }

    private Genders() {
    }

    /** The row of a gender («Kvinne», «Mann», the total row), or -1. */
    static int row(ReportedTable table, Gender gender) {
        for (int r = 0; r < table.rows().size(); r++) {
            String label = HrCells.plain(table.rows().get(r).label()).toLowerCase(Locale.ROOT);
            boolean match = switch (gender) {
                case WOMEN -> label.startsWith("kvinn");
                case MEN -> label.startsWith("mann") || label.startsWith("menn");
                case ALL -> TableRows.isTotal(table.rows().get(r));
            };
            if (match) {
                return r;
            }
        }
        return -1;
    }
}
