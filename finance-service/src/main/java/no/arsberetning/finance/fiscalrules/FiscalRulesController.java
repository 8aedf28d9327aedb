package no.arsberetning.finance.fiscalrules;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/finance/{year}/fiscal-rules}: each rule's target and actual as printed and whether it
 * is met. Targets and actuals change through the text figures, explanations through the texts API
 * ({@code fiscal-rule:<key>}).
 */
@RestController
class FiscalRulesController {

    private final FiscalRules rules;

    FiscalRulesController(FiscalRules rules) {
        this.rules = rules;
    }

    @GetMapping("${arsberetning.api-prefix}/{year}/fiscal-rules")
    List<FiscalRuleResult> rules(@PathVariable int year) {
        return rules.evaluate(year);
    }
}
