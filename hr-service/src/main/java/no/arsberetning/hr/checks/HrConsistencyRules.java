package no.arsberetning.hr.checks;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.ConsistencyRules;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.hr.figures.FigureStore;
import no.arsberetning.hr.inspections.InspectionStore;

import org.springframework.stereotype.Component;

/** Chapter 2's consistency findings ({@code GET /api/hr/{year}/checks}): every rule on one read of the year. */
@Component
class HrConsistencyRules implements ConsistencyRules {

    private final TableStore tables;
    private final FigureStore figures;
    private final InspectionStore inspections;
    private final List<Rule> rules;

    HrConsistencyRules(TableStore tables, FigureStore figures, InspectionStore inspections, List<Rule> rules) {
        this.tables = tables;
        this.figures = figures;
        this.inspections = inspections;
        this.rules = rules;
    }

    @Override
    public List<Finding> check(int year) {
        YearData data = new YearData(year, tables.all(year), figures.of(year), inspections.all(year));
        List<Finding> findings = new ArrayList<>();
        rules.forEach(rule -> findings.addAll(rule.check(data)));
        return findings;
    }
}
