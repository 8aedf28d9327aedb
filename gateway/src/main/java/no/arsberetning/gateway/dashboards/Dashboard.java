package no.arsberetning.gateway.dashboards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.ProvenanceEntry;
import no.arsberetning.gateway.completeness.Completeness;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import no.arsberetning.gateway.services.ClimateApi;

/**
 * The overview of a year for staff (issue 7): deviation per service area, goal status per chapter,
 * climate goals and the emission trajectory (null when climate-service did not answer), gender-equality
 * key figures, submission progress, open findings and the statutory checklist (what the report covers and
 * what it is missing). Every part says where it came from (each deviation and key figure its
 * {@link ProvenanceEntry}); a part whose service did not answer is empty and its source says why.
 */
public record Dashboard(
        int year,
        List<AreaDeviation> deviationPerArea,
        List<GoalStatusCount> goalStatus,
        List<GoalSummary> climateGoals,
        ClimateApi.Trajectory climateTrajectory,
        List<KeyFigure> equality,
        List<Submission> submissions,
        FindingCounts findings,
        List<SourceStatus> sources,
        Completeness completeness) {

    /** One row of table 1.2: the area's actual and revised budget and the deviation (positive = underspending). */
    public record AreaDeviation(String area, String name, BigDecimal actual, BigDecimal revisedBudget,
            BigDecimal deviation, String deviationText, String unit, String table, ProvenanceEntry provenance) {
    }

    /** How many indicators of a chapter have each reported status, and how many disagree with the computed one. */
    public record GoalStatusCount(String chapter, String title, Map<String, Integer> reported, int disagreeing) {
    }

    public record GoalSummary(String id, String text, String reportedStatus, String computedStatus) {
    }

    /** {@code provenance}: where the figure (or, for a computed one, its table) came from. */
    public record KeyFigure(String label, BigDecimal value, String text, String unit, String table, ProvenanceEntry provenance) {
    }

    /** A section of the reporting cycle in one service. */
    public record Submission(String service, String section, String title, String area, String status, String statusLabel,
            String comment) {
    }

    public record FindingCounts(int errors, int warnings, int infos, List<Finding> open) {
    }
}
