package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How two values read from printed numbers compare at the precision they are printed with. One rule for
 * every check: the same at the coarser precision, or within what rounding explains, or not.
 */
public final class Precision {

    private Precision() {
    }

    /** The same value at the coarser of the two precisions (19,5 against 19,472; 1 982 against 1 982,2). */
    public static boolean same(Interval a, Interval b) {
        Integer scale = a.scale() == null ? b.scale() : b.scale() == null ? a.scale() : Integer.valueOf(Math.min(a.scale(), b.scale()));
        if (scale == null) {
            return a.point().compareTo(b.point()) == 0;
        }
        return a.point().setScale(scale, RoundingMode.HALF_UP).compareTo(b.point().setScale(scale, RoundingMode.HALF_UP)) == 0;
    }

    /**
     * Different, but within what rounding the printed numbers explains: the ranges meet, and neither is a
     * positive number where the other is negative.
     */
    public static boolean roundingExplains(Interval a, Interval b) {
        return a.meets(b) && a.point().signum() * b.point().signum() >= 0;
    }

    /** Right only with fewer decimals than printed: «2,50 %» where the numbers give 2,485 %. */
    static boolean falsePrecision(Interval printed, Interval expected) {
        BigDecimal shorter = printed.point().stripTrailingZeros();
        if (printed.scale() == null || printed.scale() <= 0 || shorter.scale() >= printed.scale() || shorter.scale() < 0) {
            return false;
        }
        Interval coarser = Interval.printed(shorter, printed.halfWidth().signum() == 0);
        return same(coarser, expected) || roundingExplains(coarser, expected);
    }
}
