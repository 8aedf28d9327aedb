package no.arsberetning.servicesgoals.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.servicesgoals.goals.Ambition.Kind;
import no.arsberetning.servicesgoals.goals.Reading.Basis;

/**
 * The goal status the numbers give, where the ambition and the result are both numbers, compared with
 * the ambition as printed (a period ambition is not pro-rated: «10 prosent i perioden» is reached at 10).
 * <ul>
 *   <li>Target (at least) and «all»: reached at or above it; otherwise the share of the way there
 *       (from the baseline where printed): from 90 % largely, from 50 % partly, else not reached.</li>
 *   <li>Maximum: reached at or below it; otherwise {@code maximum / result}, with the same limits.</li>
 *   <li>Change: {@code change / ambition}: from 100 % reached, from 90 % largely, any change the right
 *       way partly, else not reached. An indicator that is itself a share (its previous result a percentage)
 *       changes in percentage points; against an ambition in «prosent» its relative change is used.</li>
 *   <li>Direction: the result against the previous result: reached when it moved the right way
 *       (maintained: did not fall).</li>
 * </ul>
 */
final class StatusComputer {

    private static final BigDecimal LARGELY = new BigDecimal("0.9");
    private static final BigDecimal PARTLY = new BigDecimal("0.5");

    private StatusComputer() {
    }

    /** The computed status and how it was computed, or null when the numbers are not there. */
    static Computed compute(Ambition ambition, Reading result, Reading previous) {
        if (ambition == null || ambition.kind() == null || result == null || !result.hasValue()) {
            return null;
        }
        switch (ambition.kind()) {
            case ABSOLUTE_TARGET:
            case ALL:
                return atLeast(ambition, result);
            case MAXIMUM:
                return atMost(ambition, result);
            case CHANGE_PER_YEAR:
            case CHANGE_OVER_PERIOD:
                return change(ambition, result, previous);
            case DIRECTION:
                return direction(ambition, result, previous);
            default:
                return null;
        }
    }

    private static Computed atLeast(Ambition a, Reading r) {
        if (r.basis() != Basis.LEVEL || !Units.compatible(a.unit(), r.unit()) || a.value() == null) {
            return null;
        }
        BigDecimal value = Units.convert(r.value(), r.unit(), a.unit());
        String basis = "Resultat " + show(value, a.unit()) + " mot ambisjon " + show(a.value(), a.unit())
                + (a.baseline() != null ? " (fra " + show(a.baseline(), a.unit()) + ")" : "");
        if (value.compareTo(a.value()) >= 0) {
            return new Computed(GoalStatus.REACHED, basis + ": nådd.");
        }
        BigDecimal start = a.baseline() != null ? a.baseline() : BigDecimal.ZERO;
        BigDecimal span = a.value().subtract(start);
        if (span.signum() <= 0) {
            return new Computed(GoalStatus.NOT_REACHED, basis + ": ikke nådd.");
        }
        return byShare(value.subtract(start).divide(span, MathContext.DECIMAL64), basis, false);
    }

    private static Computed atMost(Ambition a, Reading r) {
        if (r.basis() != Basis.LEVEL || !Units.compatible(a.unit(), r.unit()) || a.value() == null) {
            return null;
        }
        BigDecimal value = Units.convert(r.value(), r.unit(), a.unit());
        String basis = "Resultat " + show(value, a.unit()) + " mot høyst " + show(a.value(), a.unit());
        if (value.compareTo(a.value()) <= 0) {
            return new Computed(GoalStatus.REACHED, basis + ": nådd.");
        }
        return byShare(a.value().divide(value, MathContext.DECIMAL64), basis, false);
    }

    private static Computed change(Ambition a, Reading r, Reading previous) {
        if (a.value() == null || a.value().signum() == 0) {
            return null;
        }
        BigDecimal change;
        String pointsNote = "";
        if (r.basis() == Basis.CHANGE && Units.PERCENT.equals(a.unit()) && previous != null && previous.hasValue()
                && previous.basis() == Basis.LEVEL && Units.PERCENT.equals(previous.unit()) && previous.value().signum() > 0) {
            // the indicator is itself a share: its change is in percentage points, the ambition's «prosent» relative
            change = r.value().multiply(BigDecimal.valueOf(100)).divide(previous.value(), MathContext.DECIMAL64);
            pointsNote = " (" + signed(r.value(), null) + " prosentpoeng fra " + show(previous.value(), a.unit()) + ")";
        } else if (r.basis() == Basis.CHANGE && Units.PERCENT.equals(a.unit())) {
            change = r.value();
        } else if (r.basis() == Basis.LEVEL && previous != null && previous.hasValue() && a.unit() != null
                && !Units.PERCENT.equals(a.unit()) && Units.compatible(a.unit(), r.unit())
                && Units.compatible(a.unit(), previous.unit())) {
            change = Units.convert(r.value(), r.unit(), a.unit()).subtract(Units.convert(previous.value(), previous.unit(), a.unit()));
        } else {
            return null;
        }
        String basis = "Endring " + signed(change, a.unit()) + pointsNote + " mot ambisjon " + signed(a.value(), a.unit())
                + (a.kind() == Kind.CHANGE_PER_YEAR ? " per år" : a.horizon() != null ? " innen " + a.horizon() : " i perioden");
        BigDecimal share = change.divide(a.value(), MathContext.DECIMAL64);
        if (share.compareTo(BigDecimal.ONE) >= 0) {
            return new Computed(GoalStatus.REACHED, basis + ": nådd.");
        }
        return byShare(share, basis, true);
    }

    private static Computed direction(Ambition a, Reading r, Reading previous) {
        if (previous == null || !previous.hasValue() || r.basis() != Basis.LEVEL
                || !Objects.equals(r.unit(), previous.unit())) {
            return null;
        }
        int moved = r.value().compareTo(previous.value());
        boolean reached = switch (a.direction()) {
            case INCREASE -> moved > 0;
            case DECREASE -> moved < 0;
            case MAINTAIN -> moved >= 0;
        };
        String basis = "Resultat " + show(r.value(), r.unit()) + " mot forrige " + show(previous.value(), previous.unit())
                + " (ambisjon: " + directionLabel(a.direction()) + ")";
        return new Computed(reached ? GoalStatus.REACHED : GoalStatus.NOT_REACHED, basis + (reached ? ": nådd." : ": ikke nådd."));
    }

    private static Computed byShare(BigDecimal share, String basis, boolean anyProgressIsPartly) {
        String percent = PrintedNumbers.format(share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP));
        if (share.compareTo(LARGELY) >= 0) {
            return new Computed(GoalStatus.LARGELY_REACHED, basis + ": " + percent + " % av ambisjonen, i stor grad nådd.");
        }
        boolean partly = anyProgressIsPartly ? share.signum() > 0 : share.compareTo(PARTLY) >= 0;
        return partly
                ? new Computed(GoalStatus.PARTLY_REACHED, basis + ": " + percent + " % av ambisjonen, delvis nådd.")
                : new Computed(GoalStatus.NOT_REACHED, basis + ": " + percent + " % av ambisjonen, ikke nådd.");
    }

    /** A number with its unit, for the basis text; counted nouns are left out (their stems read badly). */
    private static String show(BigDecimal value, String unit) {
        String number = PrintedNumbers.format(value.scale() > 2 ? value.setScale(1, RoundingMode.HALF_UP) : value);
        boolean named = Units.PERCENT.equals(unit) || Units.isTime(unit);
        return named ? number + " " + Units.label(unit) : number;
    }

    private static String signed(BigDecimal value, String unit) {
        return (value.signum() > 0 ? "+" : "") + show(value, unit);
    }

    private static String directionLabel(Ambition.Direction direction) {
        return switch (direction) {
            case INCREASE -> "økning";
            case DECREASE -> "nedgang";
            case MAINTAIN -> "opprettholde";
        };
    }

    /** A computed status and, in words, what it was computed from. */
    record Computed(GoalStatus status, String basis) {
    }
}
