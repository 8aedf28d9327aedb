package no.arsberetning.servicesgoals.goals;

import java.util.List;

import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.tables.Provenance;

/**
 * An indicator of a period goal, as printed and as reported since.
 *
 * @param index position in the goal (1-based), its key in URLs
 * @param number the printed number, if any
 * @param reportedStatus the status the reporter gave ({@link GoalStatus#NOT_ASSESSED} when none)
 * @param statusWording the reporter's own wording of it, as printed («Målet er delvis nådd»)
 * @param provenance who last gave the result, status or comment, from where and when
 */
public record IndicatorEntry(
        int index,
        String number,
        String text,
        Ambition ambition,
        Reading result,
        Reading previousResult,
        GoalStatus reportedStatus,
        String statusWording,
        String comment,
        List<Integer> seedLines,
        Provenance provenance) {

    IndicatorEntry withReport(Reading newResult, GoalStatus status, String wording, String newComment, Provenance by) {
        return new IndicatorEntry(index, number, text, ambition, newResult, previousResult, status, wording, newComment,
                seedLines, by);
    }
}
