package no.arsberetning.climate.cycle;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.common.tables.WritePolicy;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Chapter 3 is chapter 1–3 data (brief § 2): only controllers change it, whatever service areas a
 * reporter's token names. The two printed goal tables are the transcription of what was printed; the goals
 * themselves are edited as goals ({@code PUT /api/climate/{year}/goals/{number}}), so no one edits those
 * tables' cells, which keeps one place where a goal's status and comment are changed.
 */
@Component
class ClimateWritePolicy implements WritePolicy {

    @Override
    public boolean mayWriteCell(Authentication who, ReportedTable table, TableRow row, TableColumn column) {
        return WritePolicy.isController(who) && !ClimateSections.GOALS.equals(table.section());
    }
}
