package no.arsberetning.climate.checks;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.climate.investments.InvestmentStore;
import no.arsberetning.climate.investments.InvestmentsView;
import no.arsberetning.climate.printed.Measure;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Interval;
import no.arsberetning.common.checks.SharedFigure;
import no.arsberetning.common.checks.SharedFigures;

import org.springframework.stereotype.Component;

/**
 * The climate budget's investment measures in total, as chapter 1 states the same money
 * ({@code klimainvesteringer/regnskap|budsjett}); declared even where the chapter states no amount, so the
 * comparison says so rather than skipping it.
 */
@Component
class SharedInvestments implements SharedFigures {

    private final InvestmentStore investments;

    SharedInvestments(InvestmentStore investments) {
        this.investments = investments;
    }

    @Override
    public List<SharedFigure> shared(ChapterData data) {
        List<SharedFigure> shared = new ArrayList<>();
        investments.view(data.year()).ifPresent(v -> {
            shared.add(total("klimainvesteringer/regnskap", "Klimainvesteringenes regnskap", v.totalActual(), v));
            shared.add(total("klimainvesteringer/budsjett", "Klimainvesteringenes budsjett", v.totalBudget(), v));
        });
        return shared;
    }

    private static SharedFigure total(String id, String name, Measure total, InvestmentsView v) {
        String place = "klimabudsjettets investeringstiltak";
        return total == null || !total.isNumber() ? SharedFigure.missing(id, name, v.unit(), place)
                : SharedFigure.of(id, name, total.text(), Interval.printed(total.value(), false), v.unit(), place);
    }
}
