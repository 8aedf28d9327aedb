package no.arsberetning.finance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureNumbersTest {

    @ParameterizedTest(name = "«{0}» states {1}")
    @CsvSource(delimiter = '|', value = {"297|297", "2 052|2052", "-2,6|-2.6", "1,45|1.45", "fem|5", "åtte|8", "to|2", "Fire|4"})
    void aFigureStatesANumberInDigitsOrWords(String printed, String number) {
        assertThat(FigureNumbers.read(printed)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(number));
    }

    @Test
    void wordsThatAreNotNumbersStateNone() {
        assertThat(FigureNumbers.read("mye")).isEmpty();
        assertThat(FigureNumbers.read("55-57")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"om lag 2,2 milliarder kroner|true", "Driftsinntektene ble vel 600 millioner|true",
            "økt med i overkant av 3,5 milliarder|true", "drøye 900 millioner|true", "knapt 800 millioner|true",
            "netto driftsresultat på 297 millioner kroner|false", "Videre ble det benyttet 531 millioner|false",
            "endte 221 millioner kroner over budsjett|false"})
    void aLooselyStatedFigureIsRecognised(String text, boolean approximate) {
        assertThat(FigureNumbers.approximate(text)).isEqualTo(approximate);
    }
}
