package no.arsberetning.servicesgoals.goals;

import java.util.List;

import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.tables.Provenance;

/** A period goal as the API shows it: every indicator with its reported and its computed status. */
public record GoalView(String key, String chapter, List<String> areas, String text, String assessment,
        List<Integer> seedLines, long version, List<IndicatorView> indicators) {

    public static GoalView of(PeriodGoal goal) {
        return new GoalView(goal.key(), goal.chapter(), goal.areas(), goal.text(), goal.assessment(), goal.seedLines(),
                goal.version(), goal.indicators().stream().map(IndicatorView::of).toList());
    }

    /** The goal as the report shows it (brief § 9). */
    public Goal toReport() {
        return new Goal(key, text, areas, indicators.stream()
                .map(i -> new Goal.Indicator(i.text(), i.ambition() == null ? null : i.ambition().printed(),
                        i.result() == null ? null : i.result().printed(), i.reportedStatus(), i.statusWording(),
                        i.computedStatus()))
                .toList());
    }

    /**
     * An indicator with its statuses: the reported one (enum and wording) and the one computed from
     * ambition and result where both are numbers ({@code computedStatus} null otherwise), with how.
     */
    public record IndicatorView(int index, String number, String text, Ambition ambition, Reading result,
            Reading previousResult, GoalStatus reportedStatus, String statusWording, GoalStatus computedStatus,
            String computedBasis, String comment, List<Integer> seedLines, Provenance provenance) {

        static IndicatorView of(IndicatorEntry i) {
            StatusComputer.Computed computed = StatusComputer.compute(i.ambition(), i.result(), i.previousResult());
            return new IndicatorView(i.index(), i.number(), i.text(), i.ambition(), i.result(), i.previousResult(),
                    i.reportedStatus(), i.statusWording(), computed == null ? null : computed.status(),
                    computed == null ? null : computed.basis(), i.comment(), i.seedLines(), i.provenance());
        }
    }
}
