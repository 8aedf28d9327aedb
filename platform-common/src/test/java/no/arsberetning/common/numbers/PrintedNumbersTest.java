package no.arsberetning.common.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import no.arsberetning.common.numbers.PrintedNumbers.Parsed;
import no.arsberetning.common.report.MissingReason;

class PrintedNumbersTest {

    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    /** Printed text, expected exact value (its scale matters), expected unit. */
    static Stream<Arguments> numbers() {
        return Stream.of(
                arguments("4 004", "4004", null),
                arguments("3329", "3329", null),
                arguments("-484", "-484", null),
                arguments("1 982,2", "1982.2", null),
                arguments("-32,0", "-32.0", null),
                arguments("+8,4", "8.4", null),
                arguments("+ 0,2", "0.2", null),
                arguments("12 %", "12", "percent"),
                arguments("70 %", "70", "percent"),
                arguments("2,50%", "2.50", "percent"),
                arguments("91%", "91", "percent"),
                arguments("12" + NBSP + "%", "12", "percent"),
                arguments("100 prosent", "100", "percent"),
                arguments("738.8 GWh", "738.8", "GWh"),
                arguments("1255,2", "1255.2", null),
                arguments("133,0", "133.0", null),
                arguments("521 978", "521978", null),
                arguments("0,0", "0.0", null),
                arguments("0", "0", null),
                arguments("\u221212", "-12", null),
                arguments("\u20137,5", "-7.5", null),
                arguments("1" + NBSP + "234", "1234", null),
                arguments("1" + NNBSP + "234", "1234", null),
                arguments("-1" + NNBSP + "234" + NBSP + "567,891", "-1234567.891", null),
                arguments("  4 004 ", "4004", null),
                arguments(NBSP + "15 208" + NBSP, "15208", null),
                arguments("12 mill. kr", "12", "mill. kr"),
                arguments("350 kr", "350", "kr"),
                arguments("48 m\u00B2", "48", "m\u00B2"),
                // dots: thousands separator when it looks like one, decimal point otherwise
                arguments("1.234", "1234", null),
                arguments("12.500", "12500", null),
                arguments("1.234.567", "1234567", null),
                arguments("1.234,5", "1234.5", null),
                arguments("0.125", "0.125", null),
                arguments("1234.567", "1234.567", null),
                arguments("2.50", "2.50", null),
                arguments("1 234.5", "1234.5", null),
                arguments("12.5%", "12.5", "percent"));
    }

    @ParameterizedTest(name = "[{index}] «{0}» = {1} {2}")
    @MethodSource("numbers")
    void readsPrintedNumbersExactly(String printed, String expected, String unit) {
        Parsed parsed = PrintedNumbers.parse(printed);

        assertThat(parsed.isNumber()).isTrue();
        assertThat(parsed.isMissing()).isFalse();
        assertThat(parsed.value()).isEqualTo(new BigDecimal(expected)); // BigDecimal.equals compares the scale too
        assertThat(parsed.value().scale()).isEqualTo(new BigDecimal(expected).scale());
        assertThat(parsed.unit()).isEqualTo(unit);
        assertThat(parsed.reason()).isNull();
        assertThat(parsed.problem()).isNull();
    }

    static Stream<Arguments> missingMarkers() {
        return Stream.of(
                arguments("", MissingReason.NOT_REPORTED),
                arguments("   ", MissingReason.NOT_REPORTED),
                arguments(NBSP, MissingReason.NOT_REPORTED),
                arguments("-", MissingReason.ZERO),
                arguments("\u2013", MissingReason.ZERO),
                arguments("\u2212", MissingReason.ZERO),
                arguments(" - ", MissingReason.ZERO),
                arguments("i.a.", MissingReason.NOT_AVAILABLE_YET),
                arguments("I.a.", MissingReason.NOT_AVAILABLE_YET),
                arguments("..", MissingReason.NOT_AVAILABLE_YET),
                arguments("...", MissingReason.NOT_AVAILABLE_YET),
                arguments("\u2026", MissingReason.NOT_AVAILABLE_YET),
                arguments(":", MissingReason.NOT_APPLICABLE));
    }

    @ParameterizedTest(name = "[{index}] «{0}» = {1}")
    @MethodSource("missingMarkers")
    void readsMissingValueMarkers(String printed, MissingReason reason) {
        Parsed parsed = PrintedNumbers.parse(printed);

        assertThat(parsed).isEqualTo(new Parsed(null, null, reason, null));
        assertThat(parsed.isMissing()).isTrue();
        assertThat(parsed.isNumber()).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void nullIsNotReported(String printed) {
        assertThat(PrintedNumbers.parse(printed).reason()).isEqualTo(MissingReason.NOT_REPORTED);
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @ValueSource(strings = {
            "55-57", "~ 100 prosent", "(12)", "i alt", "ca. 40", "- 5", "\u2212 12", "+-5", "++5",
            "1,234.5", "12 34", "1 2345", "01 234", "1.234.5", ",5", "5,", "1,2,3", "12%%", "12 % av",
            "738.8GWh", "kr 350", "1e5", "0x10", "\u0661\u0662", "12 -", "--", "\u2014"})
    void reportsWhatIsNotAPlainNumber(String printed) {
        Parsed parsed = PrintedNumbers.parse(printed);

        assertThat(parsed.value()).isNull();
        assertThat(parsed.unit()).isNull();
        assertThat(parsed.reason()).isNull();
        assertThat(parsed.problem()).isEqualTo("«" + printed.strip() + "» er ikke et tall");
        assertThat(parsed.isNumber()).isFalse();
        assertThat(parsed.isMissing()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"100 prosent av dem|100", "1 250,5 %|1250.5", "-2,6 millioner, mot|-2.6",
            "\u221231,9 kroner|-31.9", "1.500 tonn|1500", "12, 13 og 14|12", "  7|7"})
    void aTextBeginsWithTheNumberParseWouldReadWhateverFollows(String text, BigDecimal number) {
        assertThat(PrintedNumbers.leading(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"om lag 100", "prosent", "", "1.234.5 kroner"})
    void aTextThatBeginsWithNoNumberHasNone(String text) {
        assertThat(PrintedNumbers.leading(text)).isEmpty();
    }

    @Test
    void theProblemQuotesTheTextAsPrinted() {
        assertThat(PrintedNumbers.parse("55-57").problem()).isEqualTo("«55-57» er ikke et tall");
    }

    @Test
    void aVeryLongTextIsNotANumberAndIsShortenedInTheMessage() {
        Parsed parsed = PrintedNumbers.parse("1".repeat(100_000));

        assertThat(parsed.isNumber()).isFalse();
        assertThat(parsed.problem()).hasSizeLessThan(60).startsWith("«1111").endsWith("…» er ikke et tall");
    }

    @Test
    void aNumberOfOneHundredCharactersIsStillANumber() {
        assertThat(PrintedNumbers.parse("9".repeat(100)).value()).isEqualTo(new BigDecimal("9".repeat(100)));
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                arguments("1982.2", "1 982,2"),
                arguments("-32.0", "-32,0"),
                arguments("4004", "4 004"),
                arguments("15208", "15 208"),
                arguments("1234567.891", "1 234 567,891"),
                arguments("-1234567.891", "-1 234 567,891"),
                arguments("999", "999"),
                arguments("1000", "1 000"),
                arguments("100000", "100 000"),
                arguments("0", "0"),
                arguments("0.0", "0,0"),
                arguments("-0.5", "-0,5"),
                arguments("0.0000001", "0,0000001"),
                arguments("1E+3", "1 000"),
                arguments("2.50", "2,50"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> «{1}»")
    @MethodSource("formats")
    void formatsNorwegianKeepingTheScale(String value, String expected) {
        assertThat(PrintedNumbers.format(new BigDecimal(value))).isEqualTo(expected.replace(" ", NBSP));
    }

    @Test
    void groupsThousandsWithNoBreakSpaceAndWritesAnAsciiMinus() {
        assertThat(PrintedNumbers.format(new BigDecimal("-1982.2"))).isEqualTo("-1\u00A0982,2");
    }

    @Test
    void formatsNullAsEmpty() {
        assertThat(PrintedNumbers.format(null)).isEmpty();
        assertThat(PrintedNumbers.format(null, 1)).isEmpty();
    }

    static Stream<Arguments> roundedFormats() {
        return Stream.of(
                arguments("1982.25", 1, "1 982,3"),
                arguments("-1982.25", 1, "-1 982,3"),
                arguments("1982.24", 1, "1 982,2"),
                arguments("2.5", 0, "3"),
                arguments("12", 2, "12,00"),
                arguments("0.004", 2, "0,00"),
                arguments("999.95", 1, "1 000,0"));
    }

    @ParameterizedTest(name = "[{index}] {0} with {1} decimals -> «{2}»")
    @MethodSource("roundedFormats")
    void formatsWithAGivenScaleRoundingHalfUp(String value, int scale, String expected) {
        assertThat(PrintedNumbers.format(new BigDecimal(value), scale)).isEqualTo(expected.replace(" ", NBSP));
    }

    @Test
    void refusesANegativeScale() {
        assertThatThrownBy(() -> PrintedNumbers.format(BigDecimal.ONE, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1982.2", "-32.0", "4004", "-1234567.891", "0.0", "0.0000001", "2.50"})
    void parseReadsWhatFormatWrites(String value) {
        BigDecimal number = new BigDecimal(value);

        assertThat(PrintedNumbers.parse(PrintedNumbers.format(number)).value()).isEqualTo(number);
    }
}
