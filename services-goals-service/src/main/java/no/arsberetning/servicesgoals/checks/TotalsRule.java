package no.arsberetning.servicesgoals.checks;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableChecks;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.common.tables.TableStore;

import org.springframework.stereotype.Component;

/** A table's «total» rows against the sum of its lines, in every number column, at the printed precision. */
@Component
class TotalsRule implements CheckRule {

    static final String RULE = "total-equals-sum";

    private final TableStore tables;

    TotalsRule(TableStore tables) {
        this.tables = tables;
    }

    @Override
    public List<Finding> check(int year) {
        List<Finding> findings = new ArrayList<>();
        for (ReportedTable table : tables.all(year)) {
            findings.addAll(check(table));
        }
        return findings;
    }

    static List<Finding> check(ReportedTable table) {
        List<Finding> findings = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if ("total".equals(row.kind())) {
                findings.addAll(TableChecks.totalEqualsSum(table, row.key(), TableChecks.LINES, RULE));
            }
        }
        return findings;
    }
}
