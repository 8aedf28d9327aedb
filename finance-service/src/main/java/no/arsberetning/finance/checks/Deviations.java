package no.arsberetning.finance.checks;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableChecks;
import no.arsberetning.finance.chapter.ChapterTables;

import org.springframework.stereotype.Component;

/**
 * {@code deviation-equals-budget-minus-actual}: the deviation column of tables 1.1–1.4 in every row,
 * computed with the table's own sign convention. In all four the printed convention comes down to
 * deviation = revised budget − actual: in 1.1 incomes are negative, so a positive deviation is higher
 * incomes or lower expenses; in 1.2–1.4 a positive deviation is underspending (or, in 1.3, higher
 * income).
 */
@Component
class Deviations implements ChapterCheck {

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
    public List<Finding> check(ChapterData data) {
        List<Finding> findings = new ArrayList<>();
        for (Deviation deviation : DEVIATIONS) {
            data.table(deviation.table()).filter(deviation::fits).ifPresent(table ->
                    TableChecks.differenceMatches(table, deviation.result(), deviation.budget(), deviation.actual(), 1, RULE)
                            .forEach(f -> findings.add(new Finding(f.rule(), f.severity(), f.tables(), f.areas(),
                                    f.message() + " " + deviation.convention(), f.expected(), f.actual()))));
        }
        return findings;
    }

    /** A deviation column computed as {@code budget − actual}, and the printed convention it follows. */
    private record Deviation(String table, String result, String budget, String actual, String convention) {

        boolean fits(ReportedTable t) {
            return t.columns().stream().map(c -> c.key()).toList().containsAll(List.of(result, budget, actual));
        }
    }
}
