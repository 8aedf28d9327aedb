package no.arsberetning.common.checks;

import java.math.BigDecimal;

/**
 * A value read from printed numbers: its point value, and the range the true value lies in given that each
 * printed number is rounded to its last printed digit (half a unit either way; none for exact counts).
 *
 * @param scale the decimals the value is known to (a printed number's own, the finest of a sum's inputs;
 *              negative for hundreds, thousands …); null when it has no natural precision (a share, an average)
 */
public record Interval(BigDecimal point, BigDecimal low, BigDecimal high, Integer scale) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** A printed number: {@code value} ± half a unit of its last digit, or exactly {@code value}. */
    public static Interval printed(BigDecimal value, boolean exact) {
        int scale = Math.max(value.scale(), 0);
        BigDecimal half = exact ? BigDecimal.ZERO : BigDecimal.ONE.movePointLeft(scale).multiply(HALF);
        return new Interval(value, value.subtract(half), value.add(half), scale);
    }

    /** Half the width of the range: how far rounding lets the true value lie from the point. */
    public BigDecimal halfWidth() {
        return high.subtract(low).multiply(HALF);
    }

    /** True when the two ranges meet: rounding can explain the difference («12,7» against «12,8»). */
    public boolean meets(Interval other) {
        return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
    }

    /** The same value in a unit {@code 10^shift} times smaller (MNOK → NOK is a shift of 6). */
    Interval shifted(int shift) {
        return new Interval(point.movePointRight(shift), low.movePointRight(shift), high.movePointRight(shift),
                scale == null ? null : scale - shift);
    }

    Interval times(BigDecimal factor) {
        BigDecimal a = low.multiply(factor);
        BigDecimal b = high.multiply(factor);
        return new Interval(point.multiply(factor), a.min(b), a.max(b), factor.abs().compareTo(BigDecimal.ONE) == 0 ? scale : null);
    }

    Interval plus(Interval other) {
        Integer s = scale == null || other.scale == null ? null : Math.max(scale, other.scale);
        return new Interval(point.add(other.point), low.add(other.low), high.add(other.high), s);
    }
}
