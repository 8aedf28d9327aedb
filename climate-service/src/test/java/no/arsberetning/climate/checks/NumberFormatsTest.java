package no.arsberetning.climate.checks;

import static org.assertj.core.api.Assertions.assertThat;

import no.arsberetning.climate.printed.Measure;
import org.junit.jupiter.api.Test;

class NumberFormatsTest {

    @Test
    void aDecimalPointIsPointedOutWithTheNorwegianSpelling() {
        assertThat(NumberFormats.decimalPointFixed(Measure.of("738.8 GWh", null))).contains("738,8 GWh");
    }

    @Test
    void commasThousandsAndWholeNumbersAreFine() {
        assertThat(NumberFormats.decimalPointFixed(Measure.of("738,8 GWh", null))).isEmpty();
        assertThat(NumberFormats.decimalPointFixed(Measure.of("1.234", null))).isEmpty();
        assertThat(NumberFormats.decimalPointFixed(Measure.of("10,0 prosent", null))).isEmpty();
        assertThat(NumberFormats.decimalPointFixed(Measure.of("~ 100 prosent", null))).isEmpty();
    }
}
