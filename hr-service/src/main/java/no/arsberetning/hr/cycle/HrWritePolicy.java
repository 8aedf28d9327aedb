package no.arsberetning.hr.cycle;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.common.tables.WritePolicy;
import no.arsberetning.common.texts.ReportText;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Chapter 2 belongs to the controllers (brief § 2: «edit chapter 1–3 data»): every cell and every text,
 * whatever service area a row or a text names. Reporters read it, like staff.
 */
@Component
class HrWritePolicy implements WritePolicy {

    @Override
    public boolean mayWriteCell(Authentication who, ReportedTable table, TableRow row, TableColumn column) {
        return WritePolicy.isController(who);
    }

    @Override
    public boolean mayWriteText(Authentication who, ReportText text) {
        return WritePolicy.isController(who);
    }
}
