package no.arsberetning.gateway.dashboards;

import java.util.List;
import java.util.Map;

import no.arsberetning.common.dashboard.DashboardPart.AreaDeviation;
import no.arsberetning.common.dashboard.DashboardPart.GoalList;
import no.arsberetning.common.dashboard.DashboardPart.KeyFigures;
import no.arsberetning.common.dashboard.DashboardPart.LineChart;
import no.arsberetning.common.report.Finding;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import no.arsberetning.gateway.reports.completeness.Completeness;

/**
 * The overview of a year for staff (issue 7). The services' own parts, as each publishes them
 * ({@code GET <prefix>/{year}/dashboard}): deviation per service area, key figures, goals and line charts.
 * Composed here from every service: goal status per chapter, submission progress, open findings and the
 * statutory checklist. A part whose service did not answer is empty and its source says why.
 */
public record Dashboard(
        int year,
        List<AreaDeviation> deviationPerArea,
        List<GoalStatusCount> goalStatus,
        List<KeyFigures> keyFigures,
        List<GoalList> goals,
        List<LineChart> charts,
        List<Submission> submissions,
        FindingCounts findings,
        List<SourceStatus> sources,
        Completeness completeness) {

    /** How many indicators of a chapter have each reported status, and how many disagree with the computed one. */
    public record GoalStatusCount(String chapter, String title, Map<String, Integer> reported, int disagreeing) {
    }

    /** A section of the reporting cycle in one service. */
    public record Submission(String service, String section, String title, String area, String status, String statusLabel,
            String comment) {
    }

    public record FindingCounts(int errors, int warnings, int infos, List<Finding> open) {
    }
}
