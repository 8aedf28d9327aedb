package no.arsberetning.common.checks;

import java.util.List;

import no.arsberetning.common.report.Finding;

/**
 * One of a service's consistency rules: what does not hold in the year's printed chapter. Arithmetic is
 * stated as {@link Claim}s (a {@link ClaimCatalog}); a rule about something else (small groups, goal
 * statuses, inspections) implements this directly and reads what it needs besides the chapter itself.
 */
public interface CheckRule {

    List<Finding> check(ChapterData data);
}
