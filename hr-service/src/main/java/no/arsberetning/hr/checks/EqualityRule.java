package no.arsberetning.hr.checks;

import java.util.List;
import java.util.Locale;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.hr.equality.Coverage;
import no.arsberetning.hr.equality.CoverageStatus;
import no.arsberetning.hr.equality.EqualityCoverage;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The gender-equality statement (ldl. § 26a): a requirement of this year that the data does not cover, or
 * covers in part, is a warning; an every-second-year requirement done last year is an info.
 */
@Component
@Order(6)
class EqualityRule implements CheckRule {

    static final String STATEMENT = "hr-ldl-26a";

    private final EqualityCoverage coverage;

    EqualityRule(EqualityCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        return coverage.of(data.year()).stream()
                .filter(c -> c.status() != CoverageStatus.COVERED)
                .map(EqualityRule::finding)
                .toList();
    }

    private static Finding finding(Coverage c) {
        Severity severity = c.status() == CoverageStatus.NOT_DUE ? Severity.INFO : Severity.WARNING;
        return new Finding(STATEMENT, severity, c.tables(), List.of(),
                "Likestillingsredegjørelsen (ldl. § 26a, " + c.frequencyLabel().toLowerCase(Locale.ROOT) + "): «"
                        + c.requirement() + "» – " + c.statusLabel().toLowerCase(Locale.ROOT) + ". " + c.note(),
                CoverageStatus.COVERED.label(), c.statusLabel());
    }
}
