package no.arsberetning.servicesgoals.checks;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.ConsistencyRules;
import no.arsberetning.common.report.Finding;

import org.springframework.stereotype.Component;

/**
 * The consistency findings of chapters 4–19 ({@code GET /{year}/checks}): deviations against their inputs
 * per area, explanations against their deviations, totals, goal statuses against their numbers, and the
 * same figure printed differently in two tables. Comparisons with chapter 1 (table 1.2) are cross-service
 * and run in the gateway, from {@code GET /{year}/accounts}.
 */
@Component
class ServiceAreaChecks implements ConsistencyRules {

    private final List<CheckRule> rules;

    ServiceAreaChecks(AccountsDeviationRule deviations, ExplanationRule explanations, TotalsRule totals,
            GoalStatusRule goals, SameFigureRule sameFigures) {
        this.rules = List.of(deviations, explanations, totals, goals, sameFigures);
    }

    @Override
    public List<Finding> check(int year) {
        List<Finding> findings = new ArrayList<>();
        rules.forEach(rule -> findings.addAll(rule.check(year)));
        return List.copyOf(findings);
    }
}
