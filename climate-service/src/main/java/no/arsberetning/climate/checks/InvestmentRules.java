package no.arsberetning.climate.checks;

import java.util.List;

import no.arsberetning.climate.investments.InvestmentStore;
import no.arsberetning.climate.investments.InvestmentsView;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The climate investment measures: each has a budget and an actual, so the chapter's statement about the
 * climate budget's use can be set beside finance's line «Klimainvesteringer» (table 1.4). The comparison
 * itself needs both services' data and is the gateway's.
 */
@Component
@Order(5)
class InvestmentRules implements CheckRule {

    private final InvestmentStore investments;

    InvestmentRules(InvestmentStore investments) {
        this.investments = investments;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        return investments.view(data.year()).filter(v -> v.measuresWithoutAmounts() > 0).map(InvestmentRules::withoutAmounts)
                .map(List::of).orElse(List.of());
    }

    private static Finding withoutAmounts(InvestmentsView v) {
        InvestmentsView.FinanceLine line = v.comparableWith();
        return new Finding("investment-amounts-missing", Severity.INFO, List.of(line.table()), List.of(),
                v.measuresWithoutAmounts() + " av " + v.measures().size() + " klimainvesteringstiltak har ikke budsjett og regnskap "
                        + "i kapittel 3, så kapitlets omtale («" + v.statement() + "») kan ikke kontrolleres her. "
                        + "Beløpene for området står i tabell " + line.table() + ", linjen «" + line.row() + "».",
                "budsjett og regnskap per tiltak (" + v.unit() + ")", "ikke oppgitt");
    }
}
