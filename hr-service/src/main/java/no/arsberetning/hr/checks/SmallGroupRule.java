package no.arsberetning.hr.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.hr.suppression.Cause;
import no.arsberetning.hr.suppression.CellRef;
import no.arsberetning.hr.suppression.Suppression;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells staff, per table, how many cells the published rendition will hide to protect small groups. */
@Component
@Order(7)
class SmallGroupRule implements CheckRule {

    static final String SMALL_GROUPS = "hr-small-groups";

    private final Suppression suppression;

    SmallGroupRule(Suppression suppression) {
        this.suppression = suppression;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        List<Finding> findings = new ArrayList<>();
        for (ReportedTable table : data.tables()) {
            Map<CellRef, Cause> hidden = suppression.of(table);
            if (hidden.isEmpty()) {
                continue;
            }
            long small = hidden.values().stream().filter(c -> c == Cause.SMALL_GROUP).count();
            findings.add(new Finding(SMALL_GROUPS, Severity.INFO, List.of(table.number()), List.of(),
                    "Publisert versjon skjuler " + hidden.size() + " celler i tabell " + table.number() + ": " + small
                            + " med færre enn " + suppression.threshold() + " personer, " + (hidden.size() - small)
                            + " som ellers kunne regnes ut av dem eller er beregnet fra dem. Se /suppression.",
                    "0", Integer.toString(hidden.size())));
        }
        return findings;
    }
}
