package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.math.MathContext;

import no.arsberetning.common.report.Finding.Severity;

/**
 * The one rule for how severe a difference between two printed numbers is (docs/checks.md). Every printed
 * number is a range: ± half a unit of its last printed digit (a count is exact; a figure the text states
 * loosely, «om lag 500», ± {@value #LOOSE_PERCENT} %, and beyond that range only materiality makes it a warning).
 * <ul>
 *   <li>the same at the coarser of the two precisions: no finding;</li>
 *   <li>within what the rounding of the numbers explains (the ranges meet), or — where either is rounded —
 *       within one unit of the coarser printed precision («130 millioner» for 130,8): {@code info};</li>
 *   <li>beyond it by at most one unit of the coarser printed precision where either number is rounded
 *       («91 %» for 89,9 %), or by less than {@value #MATERIAL_PER_MILLE} ‰ of the table's total (the largest
 *       number of the columns it reads; for text alone, the larger of the two): {@code warning};</li>
 *   <li>otherwise: {@code error}. Exact numbers (counts) have no rounding to hide in, so a count one off is
 *       an error unless it is immaterial.</li>
 * </ul>
 */
public final class Size {

    static final int LOOSE_PERCENT = 10;
    static final int MATERIAL_PER_MILLE = 1;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Size() {
    }

    /** How the two compare, and how severe a difference is; {@code null} when they agree. */
    public static Severity of(Interval printed, Interval expected, BigDecimal total) {
        if (Precision.same(printed, expected)) {
            return null;
        }
        BigDecimal beyond = beyond(printed, expected);
        boolean sameSign = printed.point().signum() * expected.point().signum() >= 0;
        boolean withinPrecision = rounded(printed, expected) && printed.point().subtract(expected.point()).abs().compareTo(unit(printed, expected)) <= 0;
        return (beyond.signum() <= 0 || withinPrecision) && sameSign ? Severity.INFO : beyondRounding(beyond, printed, expected, total);
    }

    /** The severity of a difference that rounding does not explain: by how much more than rounding, against the total. */
    static Severity beyondRounding(BigDecimal beyond, Interval printed, Interval expected, BigDecimal total) {
        boolean withinAUnit = rounded(printed, expected) && beyond.compareTo(unit(printed, expected)) <= 0;
        return withinAUnit ? Severity.WARNING : beyondApproximation(beyond, printed, expected, total);
    }

    /**
     * The severity of a difference beyond a loosely stated number's range: that range already allows more than
     * a printed unit, so only materiality makes it a warning rather than an error.
     */
    static Severity beyondApproximation(BigDecimal beyond, Interval printed, Interval expected, BigDecimal total) {
        return beyond.compareTo(material(printed, expected, total)) < 0 ? Severity.WARNING : Severity.ERROR;
    }

    private static BigDecimal material(Interval printed, Interval expected, BigDecimal total) {
        return total.abs().max(printed.point().abs()).max(expected.point().abs())
                .multiply(BigDecimal.valueOf(MATERIAL_PER_MILLE)).divide(THOUSAND, MathContext.DECIMAL64);
    }

    /** Whether either number is rounded (a count and a value computed from counts are exact). */
    private static boolean rounded(Interval a, Interval b) {
        return a.halfWidth().signum() > 0 || b.halfWidth().signum() > 0;
    }

    /** How far apart the ranges are (zero or less when they meet). */
    static BigDecimal beyond(Interval a, Interval b) {
        return a.low().subtract(b.high()).max(b.low().subtract(a.high()));
    }

    /** A loosely stated number's range: ± {@value #LOOSE_PERCENT} % of itself, or its rounding where that is more. */
    static Interval loose(Interval printed) {
        BigDecimal room = printed.point().abs().multiply(BigDecimal.valueOf(LOOSE_PERCENT)).divide(HUNDRED, MathContext.DECIMAL64)
                .max(printed.halfWidth());
        return new Interval(printed.point(), printed.point().subtract(room), printed.point().add(room), printed.scale());
    }

    /** One unit of the coarser printed precision of the two (1 for a share or average without its own). */
    static BigDecimal unit(Interval a, Interval b) {
        Integer scale = a.scale() == null ? b.scale() : b.scale() == null ? a.scale() : Integer.valueOf(Math.min(a.scale(), b.scale()));
        return BigDecimal.ONE.movePointLeft(scale == null ? 0 : scale);
    }
}
