package no.arsberetning.hr.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;

import no.arsberetning.common.numbers.PrintedNumbers;

/**
 * Comparisons at the printed precision, and numbers written the Norwegian way in findings. A printed value
 * agrees with a computed one when it is the computed value rounded to the printed decimals. Inputs that are
 * themselves rounded (FTE, averages) carry half a unit of their last digit of uncertainty each; a
 * difference such rounding explains is {@link Verdict#ROUNDING}, never an error.
 */
final class Numbers {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** How a printed number relates to the one computed from the table's other numbers. */
    enum Verdict { AGREES, ROUNDING, FALSE_PRECISION, DISAGREES }

    private Numbers() {
    }

    /** One unit of the printed value's last digit: 1 for «91», 0,01 for «2,50». */
    static BigDecimal unit(BigDecimal printed) {
        return BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0));
    }

    /** Half a unit of the last printed digit: the rounding a printed value carries. */
    static BigDecimal halfUnit(BigDecimal printed) {
        return unit(printed).multiply(HALF);
    }

    /**
     * A printed total against the sum of its printed terms.
     *
     * @param uncertainty how far the true sum may lie from {@code computed} because its terms are rounded
     */
    static Verdict total(BigDecimal printed, BigDecimal computed, BigDecimal uncertainty) {
        BigDecimal difference = printed.subtract(computed).abs();
        if (difference.signum() == 0 || difference.compareTo(halfUnit(printed)) < 0 && uncertainty.signum() == 0) {
            return Verdict.AGREES;
        }
        return difference.compareTo(uncertainty.add(halfUnit(printed))) <= 0 ? Verdict.ROUNDING : Verdict.DISAGREES;
    }

    /**
     * A printed share in percent against part / whole × 100, where part and whole may each be off by their
     * uncertainty. Agrees when the printed share is a rounding of a possible share; false precision when it
     * agrees only with fewer decimals than printed («2,50 %» for 2,485 %); rounding when it is off by at
     * most one unit of its last digit; else disagrees.
     */
    static Verdict share(BigDecimal printed, BigDecimal part, BigDecimal partUncertainty, BigDecimal whole,
            BigDecimal wholeUncertainty) {
        BigDecimal low = percent(part.subtract(partUncertainty).max(BigDecimal.ZERO), whole.add(wholeUncertainty));
        BigDecimal high = whole.subtract(wholeUncertainty).signum() > 0
                ? percent(part.add(partUncertainty), whole.subtract(wholeUncertainty)) : low;
        if (within(printed, low, high, halfUnit(printed))) {
            return Verdict.AGREES;
        }
        BigDecimal shorter = printed.stripTrailingZeros();
        if (printed.scale() > 0 && shorter.scale() < printed.scale() && shorter.scale() >= 0
                && within(shorter, low, high, halfUnit(shorter))) {
            return Verdict.FALSE_PRECISION;
        }
        return within(printed, low, high, unit(printed)) ? Verdict.ROUNDING : Verdict.DISAGREES;
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 6, RoundingMode.HALF_UP);
    }

    /** Half a unit of the last digit for a value that is itself printed rounded; zero for an exact count. */
    static BigDecimal uncertainty(BigDecimal printed, boolean rounded) {
        return rounded ? halfUnit(printed) : BigDecimal.ZERO;
    }

    /** A number as the report prints it, at the given decimals: «89,9». */
    static String format(BigDecimal value, int scale) {
        return PrintedNumbers.format(value, scale);
    }

    static String format(BigDecimal value) {
        return PrintedNumbers.format(value);
    }

    static String percentText(BigDecimal value, int scale) {
        return format(value, scale) + " %";
    }

    private static boolean within(BigDecimal value, BigDecimal low, BigDecimal high, BigDecimal tolerance) {
        return value.compareTo(low.subtract(tolerance)) >= 0 && value.compareTo(high.add(tolerance)) <= 0;
    }
}
