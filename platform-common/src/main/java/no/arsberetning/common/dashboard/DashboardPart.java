package no.arsberetning.common.dashboard;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.report.ProvenanceEntry;

/**
 * What a service puts on the staff overview of a year ({@code GET <prefix>/{year}/dashboard}): the parts it
 * owns, each already read from its own tables, so the gateway composes the overview without knowing any
 * service's tables, labels or chapters. A service publishes only the parts it has; the others are empty.
 *
 * @param deviations each service area's actual, revised budget and deviation
 * @param keyFigures groups of key figures, each under its heading
 * @param goals lists of goals the service wants shown, each under its heading
 * @param charts line charts, each with its facts in words and the numbers it draws
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DashboardPart(int year, List<AreaDeviation> deviations, List<KeyFigures> keyFigures, List<GoalList> goals,
        List<LineChart> charts) {

    public DashboardPart {
        deviations = deviations == null ? List.of() : List.copyOf(deviations);
        keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
        goals = goals == null ? List.of() : List.copyOf(goals);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    /** A part with nothing in it. */
    public static DashboardPart empty(int year) {
        return new DashboardPart(year, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A service area's result: actual and revised budget, and the deviation as the table prints it, in the
     * table's unit and sign convention (positive = underspending).
     *
     * @param table the printed number of the table the row is from
     * @param provenance where the deviation came from (its own edit, or the table's import)
     */
    public record AreaDeviation(String area, String name, BigDecimal actual, BigDecimal revisedBudget, BigDecimal deviation,
            String deviationText, String unit, String table, ProvenanceEntry provenance) {
    }

    /** Key figures under one heading, e.g. «Likestilling – nøkkeltall». */
    public record KeyFigures(String title, List<KeyFigure> figures) {
    }

    /**
     * One key figure: its value (exact) and as printed, its unit, the printed table it is read or computed
     * from, and where that came from.
     */
    public record KeyFigure(String label, BigDecimal value, String text, String unit, String table, ProvenanceEntry provenance) {
    }

    /** Goals under one heading, e.g. «Klimamål». */
    public record GoalList(String title, List<GoalSummary> goals) {
    }

    /** A goal with its first indicator's reported and computed status (null when there is none). */
    public record GoalSummary(String id, String text, GoalStatus reportedStatus, GoalStatus computedStatus) {
    }

    /**
     * A line chart: x = year, one line per series.
     *
     * @param id a stable id for the chart, e.g. {@code utslippsbane}
     * @param facts what the chart shows, in sentences
     * @param note how to read the numbers (sign convention, reference), or null
     * @param valueLabel what the y axis counts
     */
    public record LineChart(String id, String title, List<String> facts, String note, String unit, String valueLabel,
            List<Series> series) {
    }

    /** One line of a chart; {@code key} says what it is (e.g. {@code reported}, {@code targets}). */
    public record Series(String key, String label, List<Point> points) {
    }

    public record Point(int year, BigDecimal value) {
    }
}
