package no.arsberetning.climate.trajectory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The n-th root of a positive exact decimal, by Newton's method, to the given precision (no floating point). */
final class Roots {

    private Roots() {
    }

    static BigDecimal nth(BigDecimal a, int n, MathContext mc) {
        if (a.signum() <= 0 || n < 1) {
            throw new IllegalArgumentException("Roten er bare definert for positive tall og n ≥ 1.");
        }
        if (n == 1) {
            return a.round(mc);
        }
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal nn = BigDecimal.valueOf(n);
        BigDecimal x = a.compareTo(BigDecimal.ONE) > 0 ? a.divide(nn, work).max(BigDecimal.ONE) : BigDecimal.ONE;
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int i = 0; i < 500; i++) {
            BigDecimal next = x.multiply(nn.subtract(BigDecimal.ONE), work)
                    .add(a.divide(x.pow(n - 1, work), work), work)
                    .divide(nn, work);
            if (next.subtract(x).abs().compareTo(tolerance) <= 0) {
                return next.round(mc);
            }
            x = next;
        }
        return x.round(mc);
    }
}
