package no.arsberetning.servicesgoals.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.tables.TableChecks;
import no.arsberetning.servicesgoals.accounts.Accounts;
import no.arsberetning.servicesgoals.accounts.AccountsTable;

import org.springframework.stereotype.Component;

/**
 * Each area's printed deviation against {@code sign × (revised budget − actual)} at the printed precision
 * ({@link TableChecks#differenceMatches}; a rounding-sized difference is {@code info}). A mismatch is
 * diagnosed where the numbers show what went wrong:
 * <ul>
 *   <li>{@code accounts-deviation-sign}: the printed deviation is the right amount with the wrong sign;</li>
 *   <li>{@code accounts-revised-equals-actual}: the revised budget equals the actual, yet the deviation is
 *       not zero, and the deviation matches the original budget instead: the columns are shifted;</li>
 *   <li>{@code accounts-budget-columns-swapped}: the deviation matches the original budget, not the
 *       revised: the two budget columns look swapped;</li>
 *   <li>otherwise {@code accounts-deviation}.</li>
 * </ul>
 */
@Component
class AccountsDeviationRule implements CheckRule {

    static final String RULE = "accounts-deviation";

    private final Accounts accounts;

    AccountsDeviationRule(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Finding> check(int year) {
        List<Finding> findings = new ArrayList<>();
        for (AccountsTable table : accounts.tables(year)) {
            List<Finding> plain = TableChecks.differenceMatches(table.table(),
                    table.columnKey(table.deviation()), table.columnKey(table.revised()), table.columnKey(table.actual()),
                    table.convention().sign(), RULE);
            for (Finding finding : plain) {
                findings.add(diagnosed(table, finding));
            }
        }
        return findings;
    }

    private static Finding diagnosed(AccountsTable t, Finding finding) {
        if (finding.severity() != Finding.Severity.ERROR) {
            return finding;
        }
        var cells = t.row().cells();
        BigDecimal actual = cells.get(t.actual()).value();
        BigDecimal revised = cells.get(t.revised()).value();
        BigDecimal original = t.original() < 0 ? null : cells.get(t.original()).value();
        BigDecimal printed = cells.get(t.deviation()).value();
        BigDecimal sign = BigDecimal.valueOf(t.convention().sign());
        BigDecimal expected = revised.subtract(actual).multiply(sign);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0));
        String amounts = " (Regnskap " + PrintedNumbers.format(actual) + ", revidert budsjett " + PrintedNumbers.format(revised)
                + (original == null ? "" : ", opprinnelig budsjett " + PrintedNumbers.format(original)) + ", avvik "
                + cells.get(t.deviation()).text() + ".)";
        if (expected.signum() != 0 && printed.negate().compareTo(expected) == 0) {
            return with(finding, "accounts-deviation-sign", "Avviket i tabell " + t.table().number()
                    + " har motsatt fortegn av revidert budsjett − regnskap: " + t.convention().text() + amounts);
        }
        if (original != null && printed.subtract(original.subtract(actual).multiply(sign)).abs().compareTo(tolerance) <= 0) {
            if (revised.compareTo(actual) == 0) {
                return with(finding, "accounts-revised-equals-actual", "I tabell " + t.table().number()
                        + " er revidert budsjett lik regnskapet, men avviket er ikke null; avviket stemmer med opprinnelig"
                        + " budsjett − regnskap. Kolonnene ser forskjøvet ut." + amounts);
            }
            return with(finding, "accounts-budget-columns-swapped", "Avviket i tabell " + t.table().number()
                    + " stemmer med opprinnelig budsjett − regnskap, ikke med revidert budsjett − regnskap: kolonnene for"
                    + " revidert og opprinnelig budsjett ser ut til å være byttet om." + amounts);
        }
        return finding;
    }

    private static Finding with(Finding finding, String rule, String message) {
        return new Finding(rule, finding.severity(), finding.tables(), finding.areas(), message, finding.expected(),
                finding.actual());
    }
}
