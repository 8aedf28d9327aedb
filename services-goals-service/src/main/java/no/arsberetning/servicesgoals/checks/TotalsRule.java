package no.arsberetning.servicesgoals.checks;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.checks.TableClaims;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A table's «total» rows against the sum of its lines, in every number column, at the printed precision. */
@Component
@Order(3)
class TotalsRule extends ClaimCatalog {

    static final String RULE = "total-equals-sum";

    @Override
    public List<Claim> claims(ChapterData data) {
        List<Claim> claims = new ArrayList<>();
        for (ReportedTable table : data.tables()) {
            List<TableRow> lines = table.rows().stream().filter(TableClaims.LINES).toList();
            table.rows().stream().filter(r -> "total".equals(r.kind()))
                    .forEach(total -> claims.addAll(TableClaims.total(table, total, lines, RULE)));
        }
        return claims;
    }
}
