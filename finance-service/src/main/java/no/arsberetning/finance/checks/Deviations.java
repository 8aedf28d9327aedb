package no.arsberetning.finance.checks;

import java.util.List;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.checks.TableClaims;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.finance.cycle.ChapterTables;

import org.springframework.stereotype.Component;

/**
 * {@code deviation-equals-budget-minus-actual}: the deviation column of tables 1.1–1.4 in every row,
 * computed with the table's own sign convention. In all four the printed convention comes down to
 * deviation = revised budget − actual: in 1.1 incomes are negative, so a positive deviation is higher
 * incomes or lower expenses; in 1.2–1.4 a positive deviation is underspending (or, in 1.3, higher
 * income).
 */
@Component
class Deviations extends ClaimCatalog {

    static final String RULE = "deviation-equals-budget-minus-actual";

    private static final List<Deviation> DEVIATIONS = List.of(
            new Deviation(ChapterTables.STATEMENT, ChapterTables.DEVIATION, ChapterTables.REVISED, ChapterTables.ACTUAL,
                    "Avvik = revidert budsjett − regnskap; inntekter er negative, så positivt avvik er høyere inntekter eller lavere utgifter."),
            new Deviation(ChapterTables.AREA_RESULTS, "avvik", "regulert-budsjett-2023", "regnskap-2023",
                    "Avvik = regulert budsjett − regnskap; positivt avvik er mindreforbruk."),
            new Deviation(ChapterTables.INVESTMENT_STATEMENT, "avvik", "revidert-budsjett-2023", "regnskap-2023",
                    "Avvik = revidert budsjett − regnskap; positivt avvik er mindreforbruk eller merinntekt (inntekter er negative)."),
            new Deviation(ChapterTables.INVESTMENT_AREAS, "avvik-regulert-budsjett-regnskap", "regulert-budsjett-2023",
                    "regnskap-2023", "Avvik = regulert budsjett − regnskap; positivt avvik er mindreforbruk."));

    @Override
    public List<Claim> claims(ChapterData data) {
        return DEVIATIONS.stream().flatMap(d -> data.table(d.table()).filter(d::fits).stream()
                .flatMap(t -> TableClaims.differences(t, d.result(), d.budget(), d.actual(), 1, RULE, d.convention()).stream()))
                .toList();
    }

    /** A deviation column computed as {@code budget − actual}, and the printed convention it follows. */
    private record Deviation(String table, String result, String budget, String actual, String convention) {

        boolean fits(ReportedTable t) {
            return t.columns().stream().map(TableColumn::key).toList().containsAll(List.of(result, budget, actual));
        }
    }
}
