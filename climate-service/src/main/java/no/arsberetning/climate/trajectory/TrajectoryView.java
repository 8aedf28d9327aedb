package no.arsberetning.climate.trajectory;

import java.math.BigDecimal;
import java.util.List;

import no.arsberetning.climate.printed.Measure;
import no.arsberetning.climate.trajectory.Trajectory.Statement;
import no.arsberetning.common.tables.Provenance;

/**
 * The trajectory as read: reported cuts and targets per year (each with the statements it rests on and
 * whether they agree), the latest cut, where each target stands (gap now), the outlook toward the final
 * target (reduction per year still needed, pace so far), and the series a chart draws.
 *
 * @param convention the sign convention, in Norwegian
 * @param undated statements of a cut that name no year
 */
public record TrajectoryView(
        int year,
        Integer referenceYear,
        String unit,
        String convention,
        List<Cut> reported,
        List<Statement> undated,
        Cut latest,
        List<TargetStatus> targets,
        Outlook outlook,
        Chart chart,
        Provenance provenance,
        long version) {

    /** A year's reported cut: the first statement's value, and whether every statement says the same. */
    public record Cut(int year, Measure reduction, List<Statement> statements, boolean statementsAgree) {
    }

    /**
     * A target and where it stands against the latest cut.
     *
     * @param kind {@code interim} or {@code final} (the latest target year)
     * @param due whether the target year is the reporting year or earlier
     * @param reached whether the latest cut reaches it; null without any reported cut
     * @param gap percentage points still missing (0 when reached); null without any reported cut
     * @param measuredYear the year of the cut it is measured against
     */
    public record TargetStatus(int year, Measure reduction, String kind, boolean due, Boolean reached, Measure gap,
            Integer measuredYear, List<Statement> statements, boolean statementsAgree) {
    }

    /**
     * From the latest cut to the final target.
     *
     * @param remaining percentage points of the reference year's emissions still to cut
     * @param requiredPerYear the straight-line cut still needed per year, in percentage points
     * @param requiredAnnualRate the cut still needed each year as a share of the year before's emissions, percent
     * @param paceSoFar the average cut per year since the reference year, in percentage points
     * @param projected the cut reached in the target year at the pace so far
     */
    public record Outlook(int targetYear, Measure target, int fromYear, Measure latest, int yearsLeft, Measure remaining,
            Measure requiredPerYear, Measure requiredAnnualRate, Measure paceSoFar, Measure projected) {
    }

    /** What a chart draws: one line per series, x = year, y = cut in percent of the reference year. */
    public record Chart(String unit, String valueLabel, List<Series> series) {
    }

    public record Series(String key, String label, List<Point> points) {
    }

    public record Point(int year, BigDecimal value) {
    }
}
