package no.arsberetning.common.report;

import java.util.List;

/** A period goal of one or more service areas, with its indicators. */
public record Goal(String id, String text, List<String> areas, List<Indicator> indicators) {

    /**
     * An indicator: the ambition and result as printed, the status the reporter gave (enum and own
     * wording) and the status computed from ambition and result where both are numbers (else null).
     */
    public record Indicator(
            String text,
            String ambition,
            String result,
            GoalStatus reportedStatus,
            String reportedWording,
            GoalStatus computedStatus) {
    }
}
