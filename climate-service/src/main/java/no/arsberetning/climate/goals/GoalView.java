package no.arsberetning.climate.goals;

import java.util.List;

import no.arsberetning.climate.printed.Measure;
import no.arsberetning.common.tables.Provenance;

/**
 * A climate goal as people and other programs read it: as printed, with the reported status beside the
 * status computed from target and latest actual (brief § 6: both are shown, and may disagree).
 */
public record GoalView(
        String number,
        GoalScope scope,
        String text,
        String statusIndicator,
        ClimateStatus reportedStatus,
        String statusWording,
        String comment,
        Integer referenceYear,
        String referenceValue,
        Integer targetYear,
        String targetValue,
        ActualSource actualSource,
        Measure target,
        GoalAssessment.Actual actual,
        ClimateStatus computedStatus,
        String computedExplanation,
        List<Integer> seedLines,
        Provenance provenance,
        long version) {

    static GoalView of(ClimateGoal g, GoalAssessment a) {
        return new GoalView(g.number(), g.scope(), g.text(), g.statusIndicator(), g.reportedStatus(), g.statusWording(),
                g.comment(), g.referenceYear(), g.referenceValue(), g.targetYear(), g.targetValue(), g.actualSource(),
                a.target(), a.actual(), a.status(), a.explanation(), g.seedLines(), g.provenance(), g.version());
    }
}
