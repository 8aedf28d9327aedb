package no.arsberetning.climate.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.arsberetning.common.report.ConsistencyRules;
import no.arsberetning.common.report.Finding;

import org.springframework.stereotype.Component;

/** {@code GET /api/climate/{year}/checks}: every rule's findings, errors first. */
@Component
class ClimateChecks implements ConsistencyRules {

    private final List<ClimateRule> rules;

    ClimateChecks(List<ClimateRule> rules) {
        this.rules = rules;
    }

    @Override
    public List<Finding> check(int year) {
        List<Finding> findings = new ArrayList<>();
        rules.forEach(rule -> findings.addAll(rule.check(year)));
        findings.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(findings);
    }
}
