package no.arsberetning.climate.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import no.arsberetning.climate.printed.Markup;
import no.arsberetning.climate.printed.Measure;
import no.arsberetning.climate.printed.Phrases;
import no.arsberetning.common.numbers.PrintedNumbers;

/**
 * The status computed from a goal's target and its latest actual value, where both are numbers in the same
 * unit and the target is a reduction («redusert med 30 prosent»): a larger reduction is better.
 * <ul>
 *   <li>actual ≥ target: green (reached);</li>
 *   <li>otherwise, when the target year is the reporting year or earlier: red (not reached in time);</li>
 *   <li>otherwise against the straight path from 0 in the reference year to the target in the target year:
 *       on or ahead of it green, at least {@value #YELLOW_SHARE_PERCENT} % of it yellow, else red.</li>
 * </ul>
 * A value stated for the reference year itself («3,5 TWh i 2013» for a goal on 2013's level) is the
 * reference, not a result. Without two comparable numbers the computed status is null.
 *
 * @param target the target read from the printed target, or null
 * @param actual the latest actual value used, or null
 * @param status the computed status, or null when it cannot be computed
 * @param explanation why, in Norwegian
 */
public record GoalAssessment(Measure target, Actual actual, ClimateStatus status, String explanation) {

    static final int YELLOW_SHARE_PERCENT = 75;

    /**
     * A latest actual value: the year it is stated for, the value, and where it comes from.
     *
     * @param source {@code trajectory} or {@code status-indicator}
     */
    public record Actual(Integer year, Measure value, String source) {
    }

    static GoalAssessment of(ClimateGoal goal, Optional<Actual> trajectoryLatest, int reportingYear) {
        Measure target = Phrases.firstMeasure(goal.targetValue()).orElse(null);
        Actual actual = actual(goal, trajectoryLatest);
        if (target == null) {
            return new GoalAssessment(null, actual, null, "Målet har ingen tallfestet målverdi.");
        }
        if (!isReduction(goal.targetValue())) {
            return new GoalAssessment(target, actual, null, "Målverdien er ikke en reduksjon; status beregnes ikke.");
        }
        if (actual == null) {
            return new GoalAssessment(target, null, null, "Det finnes ingen tallfestet faktisk verdi å sammenligne med.");
        }
        if (!Objects.equals(target.unit(), actual.value().unit())) {
            return new GoalAssessment(target, actual, null, "Målverdi og faktisk verdi har ulik enhet ("
                    + target.unit() + " og " + actual.value().unit() + ").");
        }
        return compare(goal, target, actual, reportingYear);
    }

    private static GoalAssessment compare(ClimateGoal goal, Measure target, Actual actual, int reportingYear) {
        BigDecimal t = target.value();
        BigDecimal a = actual.value().value();
        String stated = withUnit(a, target.unit()) + (actual.year() != null ? " per " + actual.year() : "");
        if (a.compareTo(t) >= 0) {
            return new GoalAssessment(target, actual, ClimateStatus.GREEN, "Nådd: " + stated + ", målet er " + withUnit(t, target.unit()) + ".");
        }
        Integer targetYear = goal.targetYear();
        if (targetYear == null) {
            return new GoalAssessment(target, actual, null, "Målet har intet målår; framdriften kan ikke vurderes.");
        }
        if (targetYear <= reportingYear) {
            return new GoalAssessment(target, actual, ClimateStatus.RED, "Ikke nådd: " + stated + ", målet var "
                    + withUnit(t, target.unit()) + " i " + targetYear + ".");
        }
        Integer referenceYear = goal.referenceYear();
        if (referenceYear == null || actual.year() == null || targetYear <= referenceYear) {
            return new GoalAssessment(target, actual, null, "Mangler referanseår eller år for faktisk verdi; framdriften kan ikke vurderes.");
        }
        BigDecimal path = t.multiply(BigDecimal.valueOf(actual.year() - referenceYear))
                .divide(BigDecimal.valueOf(targetYear - referenceYear), 4, RoundingMode.HALF_UP);
        String versus = stated + ", rett linje mot " + withUnit(t, target.unit()) + " i " + targetYear + " krever "
                + PrintedNumbers.format(path, 1) + " " + unitWord(target.unit()) + " per " + actual.year() + ".";
        if (a.compareTo(path) >= 0) {
            return new GoalAssessment(target, actual, ClimateStatus.GREEN, "I rute: " + versus);
        }
        BigDecimal yellowFloor = path.multiply(BigDecimal.valueOf(YELLOW_SHARE_PERCENT)).movePointLeft(2);
        ClimateStatus status = a.compareTo(yellowFloor) >= 0 ? ClimateStatus.YELLOW : ClimateStatus.RED;
        return new GoalAssessment(target, actual, status, "Bak banen: " + versus);
    }

    private static Actual actual(ClimateGoal goal, Optional<Actual> trajectoryLatest) {
        if (goal.actualSource() == ActualSource.TRAJECTORY) {
            return trajectoryLatest.orElse(null);
        }
        Optional<Measure> value = Phrases.firstMeasure(goal.statusIndicator());
        Integer year = Phrases.yearStated(goal.statusIndicator()).orElse(null);
        if (value.isEmpty() || (year != null && year.equals(goal.referenceYear()))) {
            return null;
        }
        return new Actual(year, value.get(), ActualSource.STATUS_INDICATOR.code());
    }

    private static boolean isReduction(String targetText) {
        String text = Markup.plain(targetText).toLowerCase(Locale.ROOT);
        return text.contains("redu") || text.contains("kutt");
    }

    private static String withUnit(BigDecimal value, String unit) {
        return PrintedNumbers.format(value) + " " + unitWord(unit);
    }

    private static String unitWord(String unit) {
        return "percent".equals(unit) ? "prosent" : unit;
    }
}
