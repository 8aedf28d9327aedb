package no.arsberetning.servicesgoals.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.Claim.Diagnosis;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.checks.Expr;
import no.arsberetning.common.checks.TableClaims;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.servicesgoals.accounts.AccountsTable;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each area's printed deviation against {@code sign × (revised budget − actual)} at the printed precision
 * (a rounding-sized difference is {@code info}). Where the printed number is another value the row gives,
 * the finding names the mistake:
 * <ul>
 *   <li>{@code accounts-deviation-sign}: the right amount with the wrong sign;</li>
 *   <li>{@code accounts-revised-equals-actual}: the revised budget equals the actual, yet the deviation is
 *       original budget − actual: the columns are shifted;</li>
 *   <li>{@code accounts-budget-columns-swapped}: the deviation is original budget − actual, not revised: the
 *       two budget columns look swapped;</li>
 *   <li>otherwise {@code accounts-deviation}.</li>
 * </ul>
 * A shift or swap names both budget cells among its places, so a finding of another rule about either of them (the
 * gateway's comparison with table 1.2) is grouped with it: one defect, one finding.
 */
@Component
@Order(1)
class AccountsDeviationRule extends ClaimCatalog {

    static final String RULE = "accounts-deviation";

    @Override
    public List<Claim> claims(ChapterData data) {
        List<Claim> claims = new ArrayList<>();
        for (AccountsTable t : data.tables().stream().map(AccountsTable::of).flatMap(Optional::stream).toList()) {
            for (TableRow row : t.table().rows()) {
                List<BigDecimal> values = List.of(t.actual(), t.revised(), t.deviation()).stream()
                        .map(c -> row.cells().get(c).value()).filter(v -> v != null).toList();
                if (values.size() == 3) {
                    claims.add(diagnosed(t, row, TableClaims.difference(t.table(), row, t.columnKey(t.deviation()),
                            t.columnKey(t.revised()), t.columnKey(t.actual()), t.convention().sign(), RULE, "")));
                }
            }
        }
        return claims;
    }

    private static Claim diagnosed(AccountsTable t, TableRow row, Claim claim) {
        String number = t.table().number();
        BigDecimal actual = row.cells().get(t.actual()).value();
        BigDecimal revised = row.cells().get(t.revised()).value();
        BigDecimal original = t.original() < 0 ? null : row.cells().get(t.original()).value();
        String amounts = " (Regnskap " + PrintedNumbers.format(actual) + ", revidert budsjett " + PrintedNumbers.format(revised)
                + (original == null ? "" : ", opprinnelig budsjett " + PrintedNumbers.format(original)) + ", avvik "
                + row.cells().get(t.deviation()).text() + ".)";
        Claim diagnosed = claim.orIf(new Diagnosis("accounts-deviation-sign", claim.expected().negated(),
                "Avviket i tabell " + number + " har motsatt fortegn av revidert budsjett − regnskap: " + t.convention().text()
                        + amounts));
        if (original == null) {
            return diagnosed;
        }
        Expr fromOriginal = Expr.cell(t.table().key(), row.key(), t.columnKey(t.original()))
                .minus(Expr.cell(t.table().key(), row.key(), t.columnKey(t.actual())));
        Expr alternative = t.convention().sign() < 0 ? fromOriginal.negated() : fromOriginal;
        Diagnosis columns = revised.compareTo(actual) == 0
                ? new Diagnosis("accounts-revised-equals-actual", alternative, "I tabell " + number
                        + " er revidert budsjett lik regnskapet, men avviket er ikke null; avviket stemmer med opprinnelig"
                        + " budsjett − regnskap. Kolonnene ser forskjøvet ut." + amounts)
                : new Diagnosis("accounts-budget-columns-swapped", alternative, "Avviket i tabell "
                        + number + " stemmer med opprinnelig budsjett − regnskap, ikke med revidert budsjett − regnskap: kolonnene"
                        + " for revidert og opprinnelig budsjett ser ut til å være byttet om." + amounts);
        // both budget cells are printed in the wrong column: what another rule finds about either is this defect
        return diagnosed.orIf(columns.involving(Expr.cell(t.table().key(), row.key(), t.columnKey(t.revised())),
                Expr.cell(t.table().key(), row.key(), t.columnKey(t.original()))));
    }
}
