package no.arsberetning.hr.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import no.arsberetning.hr.checks.Numbers.Verdict;
import org.junit.jupiter.api.Test;

/** Printed shares and totals against what their inputs give, at the printed precision. */
class NumbersTest {

    private static final BigDecimal EXACT = BigDecimal.ZERO;

    @Test
    void aShareOfExactCountsMustBeItsRounding() {
        assertThat(Numbers.share(n("90"), n("13901"), EXACT, n("15455"), EXACT)).isEqualTo(Verdict.AGREES);
        assertThat(Numbers.share(n("91"), n("13901"), EXACT, n("15455"), EXACT)).isEqualTo(Verdict.DISAGREES);
        assertThat(Numbers.share(n("2.50"), n("378"), EXACT, n("15209"), EXACT)).isEqualTo(Verdict.FALSE_PRECISION);
        assertThat(Numbers.share(n("2.49"), n("378"), EXACT, n("15209"), EXACT)).isEqualTo(Verdict.AGREES);
    }

    @Test
    void aShareOfRoundedFteMayBeAnyRoundingOfThePossibleShares() {
        // 54 of 78 FTE is 69,2 %, but 54,4 of 77,6 is 70,1 %: the printed 70 % fits
        assertThat(Numbers.share(n("70"), n("54"), n("0.5"), n("78"), n("0.5"))).isEqualTo(Verdict.AGREES);
        assertThat(Numbers.share(n("70"), n("54"), EXACT, n("78"), EXACT)).isEqualTo(Verdict.ROUNDING);
    }

    @Test
    void aTotalOfRoundedTermsMayBeOffByTheirRounding() {
        assertThat(Numbers.total(n("12809"), n("12808"), n("3.5"))).isEqualTo(Verdict.ROUNDING);
        assertThat(Numbers.total(n("12809"), n("12808"), EXACT)).isEqualTo(Verdict.DISAGREES);
        assertThat(Numbers.total(n("12820"), n("12808"), n("3.5"))).isEqualTo(Verdict.DISAGREES);
        assertThat(Numbers.total(n("15208"), n("15208"), EXACT)).isEqualTo(Verdict.AGREES);
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
