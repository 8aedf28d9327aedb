package no.arsberetning.finance.cycle;

import no.arsberetning.common.tables.TableDraft;
import no.arsberetning.common.tables.TablePlacement;
import no.arsberetning.finance.areas.ServiceAreas;

import org.springframework.stereotype.Component;

/**
 * Each chapter-1 table is its own controller section ({@code table:<key>}, the default). The rows of
 * table 1.2 (results per service area) are service areas: their printed names are read as canonical codes.
 * The investment areas of table 1.4 are not service areas and get none.
 */
@Component
class AreaRowsPlacement implements TablePlacement {

    /** The table whose rows are service areas. */
    static final String AREA_RESULTS = "1.2";

    @Override
    public String rowArea(TableDraft table, String rowLabel) {
        return AREA_RESULTS.equals(table.key()) ? ServiceAreas.codeOf(rowLabel).orElse(null) : null;
    }
}
