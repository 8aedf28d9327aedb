package no.arsberetning.common.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import no.arsberetning.common.report.Finding.Severity;
import org.junit.jupiter.api.Test;

/** How severe a difference between two printed numbers is: one rule, by size against precision and total. */
class SizeTest {

    private static Interval rounded(String value) {
        return Interval.printed(new BigDecimal(value), false);
    }

    private static Interval exact(String value) {
        return Interval.printed(new BigDecimal(value), true);
    }

    private static Severity of(Interval printed, Interval expected, String total) {
        return Size.of(printed, expected, new BigDecimal(total));
    }

    @Test
    void theSameValueAtTheCoarserPrecisionIsNoDifference() {
        assertThat(of(rounded("19.5"), rounded("19.472"), "0")).isNull();
    }

    @Test
    void aDifferenceTheRoundingOfBothNumbersExplainsIsInformation() {
        assertThat(of(rounded("12.7"), rounded("12.8"), "0")).isEqualTo(Severity.INFO);
        assertThat(of(rounded("130"), rounded("130.8"), "0")).isEqualTo(Severity.INFO);
    }

    @Test
    void aRoundedNumberOneUnitBeyondRoundingIsAWarningAndFurtherIsAnError() {
        assertThat(of(rounded("91"), exact("89.945"), "0")).isEqualTo(Severity.WARNING);
        assertThat(of(rounded("95"), exact("89.945"), "0")).isEqualTo(Severity.ERROR);
    }

    @Test
    void aCountOneOffIsAnErrorUnlessItIsImmaterialToTheTotal() {
        assertThat(of(exact("853"), exact("852"), "853")).isEqualTo(Severity.ERROR);
        assertThat(of(exact("853"), exact("852"), "10000")).isEqualTo(Severity.WARNING);
    }

    @Test
    void aDifferenceBelowAPerMilleOfTheTableTotalIsAWarning() {
        // 3 million off in a column whose total is 19 472 million: 0,15 ‰
        assertThat(of(rounded("1203"), rounded("1200"), "19472")).isEqualTo(Severity.WARNING);
        assertThat(of(rounded("1203"), rounded("1200"), "1203")).isEqualTo(Severity.ERROR);
    }

    @Test
    void numbersOfOppositeSignAreNeverARoundingDifference() {
        assertThat(of(rounded("0.1"), rounded("-0.1"), "0")).isNotEqualTo(Severity.INFO).isNotNull();
    }

    @Test
    void aLooselyStatedNumberCoversTenPercent() {
        Interval about500 = Size.loose(rounded("500"));
        assertThat(about500.meets(rounded("545"))).isTrue();
        assertThat(about500.meets(rounded("560"))).isFalse();
    }

    @Test
    void beyondALooselyStatedRangeOnlyMaterialityMakesItAWarning() {
        // «om lag 17 milliarder» against 19,472: 0,77 beyond 15,3–18,7, less than a printed unit but not immaterial
        BigDecimal beyond = new BigDecimal("0.77");
        assertThat(Size.beyondApproximation(beyond, rounded("17"), rounded("19.472"), BigDecimal.ZERO)).isEqualTo(Severity.ERROR);
        assertThat(Size.beyondApproximation(beyond, rounded("17"), rounded("19.472"), new BigDecimal("1000")))
                .isEqualTo(Severity.WARNING);
    }
}
