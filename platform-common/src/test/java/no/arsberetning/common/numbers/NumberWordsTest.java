package no.arsberetning.common.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Numbers in running text: printed digits, spelled-out small numbers, and loosely stated ones. */
class NumberWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,45|1.45", "2 052|2052", "-2,6|-2.6", "åtte|8", "fem|5", "Et|1", "elleve|11",
            "tjue|20", "22,6 %|22.6", "1 300|1300", "<b>11 375</b>|11375", "ingen|0", "297|297", "to|2", "Fire|4"})
    void readsPrintedNumbersAndNumberWords(String printed, BigDecimal number) {
        assertThat(NumberWords.read(printed)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mye", "alle", "1-6", "55-57", "november 2023 - januar 2024", ""})
    void whatStatesNoSingleNumberIsNone(String printed) {
        assertThat(NumberWords.read(printed)).isEmpty();
    }

    @Test
    void aPhraseStartsWithItsCount() {
        assertThat(NumberWords.leadingCount("sju pålegg")).isEqualTo(7);
        assertThat(NumberWords.leadingCount("et pålegg")).isEqualTo(1);
        assertThat(NumberWords.leadingCount("ingen pålegg")).isZero();
        assertThat(NumberWords.leadingCount("pålegg")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"om lag 500 millioner|true", "drøye 900|true", "~ 100 prosent|true",
            "i overkant av 40 prosent|true", "netto driftsresultat på 297 millioner kroner|false", "velferdstjenester for 12|false",
            "om lag 2,2 milliarder kroner|true", "Driftsinntektene ble vel 600 millioner|true",
            "økt med i overkant av 3,5 milliarder|true", "knapt 800 millioner|true",
            "Videre ble det benyttet 531 millioner|false", "endte 221 millioner kroner over budsjett|false"})
    void tellsAFigureStatedLoosely(String text, boolean approximate) {
        assertThat(NumberWords.approximate(text)).isEqualTo(approximate);
    }
}
