package no.arsberetning.hr.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void spelledOutAndPrintedNumbersAreRead() {
        assertThat(NumberWords.parse("fem")).isEqualByComparingTo("5");
        assertThat(NumberWords.parse("Et")).isEqualByComparingTo("1");
        assertThat(NumberWords.parse("elleve")).isEqualByComparingTo("11");
        assertThat(NumberWords.parse("22,6 %")).isEqualByComparingTo("22.6");
        assertThat(NumberWords.parse("1 300")).isEqualByComparingTo("1300");
    }

    @Test
    void whatIsNoSingleNumberIsNull() {
        assertThat(NumberWords.parse("alle")).isNull();
        assertThat(NumberWords.parse("1-6")).isNull();
        assertThat(NumberWords.parse("november 2023 - januar 2024")).isNull();
    }
}
