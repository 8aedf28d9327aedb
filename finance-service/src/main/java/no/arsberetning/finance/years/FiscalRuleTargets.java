package no.arsberetning.finance.years;

import java.util.Set;

import no.arsberetning.common.figures.KeptFigures;
import no.arsberetning.finance.fiscalrules.FiscalRules;

import org.springframework.stereotype.Component;

/** The fiscal rules' targets carry into a new year as they stand: the city council sets them for the plan period. */
@Component
class FiscalRuleTargets implements KeptFigures {

    private final Set<String> targets = FiscalRules.targetFigures();

    @Override
    public boolean kept(String figureId) {
        return targets.contains(figureId);
    }
}
