package no.arsberetning.finance.checks;

import static no.arsberetning.common.checks.Expr.cell;
import static no.arsberetning.common.checks.Expr.change;
import static no.arsberetning.finance.cycle.ChapterTables.ACTUAL;
import static no.arsberetning.finance.cycle.ChapterTables.AMOUNT;
import static no.arsberetning.finance.cycle.ChapterTables.ASSETS;
import static no.arsberetning.finance.cycle.ChapterTables.BALANCE_ACTUAL;
import static no.arsberetning.finance.cycle.ChapterTables.BALANCE_PREVIOUS;
import static no.arsberetning.finance.cycle.ChapterTables.EQUITY_AND_LIABILITIES;
import static no.arsberetning.finance.cycle.ChapterTables.GUARANTEES;
import static no.arsberetning.finance.cycle.ChapterTables.GUARANTEES_HOUSING;
import static no.arsberetning.finance.cycle.ChapterTables.GUARANTEES_SPORTS;
import static no.arsberetning.finance.cycle.ChapterTables.INVESTMENT_STATEMENT;
import static no.arsberetning.finance.cycle.ChapterTables.REVISED;
import static no.arsberetning.finance.cycle.ChapterTables.STATEMENT;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.finance.cycle.ChapterTables;

import org.springframework.stereotype.Component;

/**
 * Rules between rows and tables, each with its sign convention written out:
 * <ul>
 *   <li>{@code dispositions-equal-result}: in 1.1 the dispositions cover the net operating result, which
 *       the statement shows negative when it is a surplus: sum disponeringer = −netto driftsresultat;</li>
 *   <li>{@code balance-identity}: sum eiendeler (1.6, positive) = −sum egenkapital og gjeld (1.7, negative),
 *       for both years;</li>
 *   <li>{@code fund-change-matches-statement}: the year's change of a fund in 1.7 (negative = more equity)
 *       equals what the statements set aside and used (1.1 for operating funds, 1.3 for bound investment funds);</li>
 *   <li>{@code table-matches-table}: the same amount printed in two tables.</li>
 * </ul>
 */
@Component
class CrossChecks extends ClaimCatalog {

    private static final List<String> STATEMENT_COLUMNS = List.of(ChapterTables.ACTUAL_PREVIOUS, ACTUAL, REVISED,
            ChapterTables.ORIGINAL, ChapterTables.DEVIATION);

    @Override
    public List<Claim> claims(ChapterData data) {
        List<Claim> claims = new ArrayList<>();
        for (String column : STATEMENT_COLUMNS) {
            claims.add(Claim.equal("dispositions-equal-result",
                    cell(STATEMENT, "sum-disponeringer-eller-dekning-av-netto-driftsresultat", column),
                    cell(STATEMENT, "netto-driftsresultat", column).negated(),
                    "Sum disponeringer skal dekke netto driftsresultat, som i oversikten er negativt når det er et overskudd: sum disponeringer = −netto driftsresultat"));
        }
        for (String column : List.of(BALANCE_ACTUAL, BALANCE_PREVIOUS)) {
            claims.add(Claim.equal("balance-identity", cell(ASSETS, "sum-eiendeler", column),
                    cell(EQUITY_AND_LIABILITIES, "sum-egenkapital-og-gjeld", column).negated(),
                    "Sum eiendeler i tabell 1.6 skal være lik sum egenkapital og gjeld i tabell 1.7, som føres med negativt fortegn"));
        }
        claims.add(Claim.equal("fund-change-matches-statement",
                cell(STATEMENT, "avsetninger-til-disposisjonsfond", ACTUAL).plus(cell(STATEMENT, "bruk-av-disposisjonsfond", ACTUAL)),
                change(EQUITY_AND_LIABILITIES, "disposisjonsfond", BALANCE_PREVIOUS, BALANCE_ACTUAL).negated(),
                "Netto avsetning til disposisjonsfond i tabell 1.1 (avsetninger + bruk, bruk er negativ) skal være lik økningen i disposisjonsfondet i tabell 1.7 (egenkapital er negativ)"));
        claims.add(Claim.equal("fund-change-matches-statement",
                cell(STATEMENT, "avsetninger-til-bundne-driftsfond", ACTUAL).plus(cell(STATEMENT, "bruk-av-bundne-driftsfond", ACTUAL)),
                change(EQUITY_AND_LIABILITIES, "bundne-driftsfond", BALANCE_PREVIOUS, BALANCE_ACTUAL).negated(),
                "Netto avsetning til bundne driftsfond i tabell 1.1 skal være lik økningen i bundne driftsfond i tabell 1.7 (egenkapital er negativ)"));
        claims.add(Claim.equal("fund-change-matches-statement",
                cell(INVESTMENT_STATEMENT, "21-avsetninger-til-bundne-investeringsfond", "regnskap-2023")
                        .plus(cell(INVESTMENT_STATEMENT, "22-bruk-av-bundne-investeringsfond", "regnskap-2023")),
                change(EQUITY_AND_LIABILITIES, "bundne-investeringsfond", BALANCE_PREVIOUS, BALANCE_ACTUAL).negated(),
                "Netto avsetning til bundne investeringsfond i tabell 1.3 (linje 21 + 22) skal være lik økningen i bundne investeringsfond i tabell 1.7 (egenkapital er negativ)"));
        claims.add(Claim.equal("table-matches-table", cell(INVESTMENT_STATEMENT, "20-overforing-fra-drift", "regnskap-2023"),
                cell(STATEMENT, "overforing-til-investering", ACTUAL).negated(),
                "Overføring fra drift i tabell 1.3 (linje 20, en inntekt i investeringsregnskapet og derfor negativ) skal være lik overføring til investering i tabell 1.1"));
        claims.add(Claim.equal("table-matches-table", cell(INVESTMENT_STATEMENT, "20-overforing-fra-drift", "revidert-budsjett-2023"),
                cell(STATEMENT, "overforing-til-investering", REVISED).negated(),
                "Revidert budsjett for overføring fra drift i tabell 1.3 (linje 20, negativ) skal være lik revidert budsjett for overføring til investering i tabell 1.1"));
        claims.add(Claim.equal("table-matches-table", cell(GUARANTEES, "idrettsanlegg", "2023"),
                cell(GUARANTEES_SPORTS, "sum", AMOUNT),
                "Garantiansvaret for idrettsanlegg i 2023 i tabell 1.8 skal være summen av garantiene per lag i tabell 1.9"));
        claims.add(Claim.equal("table-matches-table", cell(GUARANTEES, "boliger-institusjoner", "2023"),
                cell(GUARANTEES_HOUSING, "sum", AMOUNT),
                "Garantiansvaret for boliger og institusjoner i 2023 i tabell 1.8 skal være summen per låntaker i tabell 1.10"));
        return claims;
    }
}
