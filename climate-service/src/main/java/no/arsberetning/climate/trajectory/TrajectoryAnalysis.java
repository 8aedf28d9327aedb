package no.arsberetning.climate.trajectory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.arsberetning.climate.printed.Measure;
import no.arsberetning.climate.trajectory.Trajectory.Statement;
import no.arsberetning.climate.trajectory.TrajectoryView.Chart;
import no.arsberetning.climate.trajectory.TrajectoryView.Cut;
import no.arsberetning.climate.trajectory.TrajectoryView.Outlook;
import no.arsberetning.climate.trajectory.TrajectoryView.Point;
import no.arsberetning.climate.trajectory.TrajectoryView.Series;
import no.arsberetning.climate.trajectory.TrajectoryView.TargetStatus;

/**
 * Computes what the trajectory means for a reporting year: gap to each target, and the cut per year still
 * needed to reach the final one — both as a straight line (percentage points of the reference year's
 * emissions) and as a steady yearly rate (percent of the year before's emissions). Exact decimals only.
 */
public final class TrajectoryAnalysis {

    public static final String PERCENT = "percent";
    public static final String POINTS = "percentage-points";
    public static final String POINTS_PER_YEAR = "percentage-points/year";
    public static final String PERCENT_PER_YEAR = "percent/year";
    static final String CONVENTION = "Kutt i direkte klimagassutslipp i prosent av utslippene i referanseåret; "
            + "positivt tall betyr lavere utslipp. Gap og takt er i prosentpoeng.";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private TrajectoryAnalysis() {
    }

    public static TrajectoryView of(Trajectory t, int reportingYear) {
        List<Cut> reported = cuts(t.points());
        List<Statement> undated = t.points().stream().filter(s -> s.year() == null).toList();
        Cut latest = reported.isEmpty() ? null : reported.get(reported.size() - 1);
        List<Cut> targetCuts = cuts(t.targets());
        List<TargetStatus> targets = new ArrayList<>();
        for (int i = 0; i < targetCuts.size(); i++) {
            targets.add(status(targetCuts.get(i), i == targetCuts.size() - 1, latest, reportingYear));
        }
        TargetStatus last = targets.isEmpty() ? null : targets.get(targets.size() - 1);
        Outlook outlook = outlook(t.referenceYear(), latest, last);
        return new TrajectoryView(t.year(), t.referenceYear(), PERCENT, CONVENTION, reported, undated, latest, targets,
                outlook, chart(t.referenceYear(), reported, targets, outlook), t.provenance(), t.version());
    }

    /** Statements grouped by year (undated left out), the first one with a number giving the value. */
    private static List<Cut> cuts(List<Statement> statements) {
        Map<Integer, List<Statement>> byYear = new TreeMap<>();
        for (Statement s : statements) {
            if (s.year() != null) {
                byYear.computeIfAbsent(s.year(), y -> new ArrayList<>()).add(s);
            }
        }
        List<Cut> cuts = new ArrayList<>();
        byYear.forEach((year, stated) -> {
            List<Measure> values = stated.stream().map(s -> Measure.of(s.reduction(), PERCENT)).filter(Measure::isNumber).toList();
            if (values.isEmpty()) {
                return;
            }
            boolean agree = values.stream().allMatch(v -> v.value().compareTo(values.get(0).value()) == 0);
            cuts.add(new Cut(year, values.get(0), List.copyOf(stated), agree));
        });
        return cuts;
    }

    private static TargetStatus status(Cut target, boolean isFinal, Cut latest, int reportingYear) {
        Boolean reached = null;
        Measure gap = null;
        if (latest != null) {
            BigDecimal missing = target.reduction().value().subtract(latest.reduction().value()).max(BigDecimal.ZERO);
            reached = missing.signum() == 0;
            gap = Measure.computed(missing, scale(target.reduction(), latest.reduction()), POINTS);
        }
        return new TargetStatus(target.year(), target.reduction(), isFinal ? "final" : "interim",
                target.year() <= reportingYear, reached, gap, latest == null ? null : latest.year(), target.statements(),
                target.statementsAgree());
    }

    private static Outlook outlook(Integer referenceYear, Cut latest, TargetStatus last) {
        if (latest == null || last == null || referenceYear == null || last.year() <= latest.year()
                || latest.year() <= referenceYear) {
            return null;
        }
        BigDecimal target = last.reduction().value();
        BigDecimal now = latest.reduction().value();
        int yearsLeft = last.year() - latest.year();
        BigDecimal remaining = target.subtract(now).max(BigDecimal.ZERO);
        BigDecimal perYear = remaining.divide(BigDecimal.valueOf(yearsLeft), PRECISION);
        BigDecimal pace = now.divide(BigDecimal.valueOf(latest.year() - referenceYear), PRECISION);
        BigDecimal projected = now.add(pace.multiply(BigDecimal.valueOf(yearsLeft)));
        return new Outlook(last.year(), last.reduction(), latest.year(), latest.reduction(), yearsLeft,
                Measure.computed(remaining, 1, POINTS), Measure.computed(perYear, 1, POINTS_PER_YEAR),
                Measure.computed(annualRate(now, target, yearsLeft), 1, PERCENT_PER_YEAR),
                Measure.computed(pace, 1, POINTS_PER_YEAR), Measure.computed(projected, 1, PERCENT));
    }

    /**
     * The steady yearly cut r with {@code (100 − now) × (1 − r)^years = 100 − target}:
     * {@code r = 1 − ((100 − target) / (100 − now))^(1/years)}, in percent.
     */
    static BigDecimal annualRate(BigDecimal now, BigDecimal target, int years) {
        if (target.compareTo(now) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal left = HUNDRED.subtract(target);
        BigDecimal level = HUNDRED.subtract(now);
        if (left.signum() <= 0 || level.signum() <= 0) {
            return HUNDRED;
        }
        BigDecimal ratio = Roots.nth(left.divide(level, PRECISION), years, PRECISION);
        return BigDecimal.ONE.subtract(ratio).multiply(HUNDRED);
    }

    private static Chart chart(Integer referenceYear, List<Cut> reported, List<TargetStatus> targets, Outlook outlook) {
        List<Point> cuts = new ArrayList<>();
        if (referenceYear != null && reported.stream().noneMatch(c -> c.year() == referenceYear)) {
            cuts.add(new Point(referenceYear, BigDecimal.ZERO));
        }
        reported.forEach(c -> cuts.add(new Point(c.year(), c.reduction().value())));
        List<Series> series = new ArrayList<>();
        series.add(new Series("reported", "Rapportert kutt", List.copyOf(cuts)));
        series.add(new Series("targets", "Mål", targets.stream().map(t -> new Point(t.year(), t.reduction().value())).toList()));
        if (outlook != null) {
            series.add(new Series("required", "Nødvendig bane til " + outlook.targetYear(),
                    line(outlook, outlook.remaining().value().divide(BigDecimal.valueOf(outlook.yearsLeft()), PRECISION))));
            BigDecimal pace = outlook.latest().value().divide(BigDecimal.valueOf(outlook.fromYear() - referenceYear), PRECISION);
            series.add(new Series("pace-so-far", "Med takten hittil", line(outlook, pace)));
        }
        String label = "Kutt i direkte utslipp sammenlignet med " + (referenceYear == null ? "referanseåret" : referenceYear)
                + " (prosent)";
        return new Chart(PERCENT, label, List.copyOf(series));
    }

    private static List<Point> line(Outlook outlook, BigDecimal perYear) {
        List<Point> points = new ArrayList<>();
        for (int k = 0; k <= outlook.yearsLeft(); k++) {
            BigDecimal value = outlook.latest().value().add(perYear.multiply(BigDecimal.valueOf(k)));
            points.add(new Point(outlook.fromYear() + k, value.setScale(1, RoundingMode.HALF_UP)));
        }
        return List.copyOf(points);
    }

    private static int scale(Measure a, Measure b) {
        return Math.max(0, Math.max(a.value().scale(), b.value().scale()));
    }
}
