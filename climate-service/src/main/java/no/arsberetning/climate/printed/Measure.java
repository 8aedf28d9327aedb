package no.arsberetning.climate.printed;

import java.math.BigDecimal;
import java.math.RoundingMode;

import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.numbers.PrintedNumbers.Parsed;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table;

/**
 * A value as printed and as read: the printed text, the exact number (null when there is none), its unit
 * ({@code percent}, {@code TWh}, {@code MNOK} …), why it is missing, or — when the text is neither a number
 * nor a missing-value marker — the problem in Norwegian (e.g. «~ 100 prosent» er ikke et tall).
 */
public record Measure(String text, BigDecimal value, String unit, MissingReason reason, String problem) {

    /** Reads a printed value with {@link PrintedNumbers}; {@code defaultUnit} applies when the text names none. */
    public static Measure of(String printed, String defaultUnit) {
        String text = printed == null ? "" : printed;
        Parsed parsed = PrintedNumbers.parse(text);
        String unit = parsed.unit() != null ? parsed.unit() : defaultUnit;
        return new Measure(text, parsed.value(), unit, parsed.reason(), parsed.problem());
    }

    /**
     * A figure stated in the text, read: its printed value as a number where it is one (counts written as words
     * included), with the unit the transcription gives; otherwise why it is not a number.
     */
    public static Measure of(StatedFigure figure) {
        Measure read = of(figure.value(), figure.unit());
        BigDecimal number = figure.number();
        return read.isNumber() || number == null ? read : new Measure(figure.value(), number, figure.unit(), null, null);
    }

    /** A computed value, written the Norwegian way at the given scale. */
    public static Measure computed(BigDecimal value, int scale, String unit) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        return new Measure(PrintedNumbers.format(rounded), rounded, unit, null, null);
    }

    public static Measure missing(MissingReason reason, String unit) {
        return new Measure("", null, unit, reason, null);
    }

    public boolean isNumber() {
        return value != null;
    }

    /** The cell a report table carries for this value. */
    public Table.Cell cell() {
        return new Table.Cell(value, text, unit, value == null && reason == null ? MissingReason.NOT_REPORTED : reason);
    }
}
