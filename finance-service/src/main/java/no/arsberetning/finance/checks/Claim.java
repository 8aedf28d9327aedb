package no.arsberetning.finance.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.finance.figures.TextFigure;

/**
 * That a printed number (a cell, a figure in the text, or a combination of them) equals what other
 * printed numbers give. Compared at the coarser of the two precisions ("19,5 milliarder" against
 * 19 472 millioner is compared at 0,1 milliard). A difference that the rounding of the added-up numbers
 * can explain is {@code info}; a larger one is {@code whenWrong}. A figure the text states loosely
 * ("om lag 500") holds within {@value #LOOSE_PERCENT} % and is otherwise a {@code warning}. The finding's
 * {@code expected} shows the computed value with one decimal more than printed, where it has one.
 *
 * @param message what should hold, in Norwegian, as the finding says it
 */
record Claim(String rule, Expr printed, Expr expected, Severity whenWrong, String message) {

    static final int LOOSE_PERCENT = 10;

    static Claim error(String rule, Expr printed, Expr expected, String message) {
        return new Claim(rule, printed, expected, Severity.ERROR, message);
    }

    static Claim warning(String rule, Expr printed, Expr expected, String message) {
        return new Claim(rule, printed, expected, Severity.WARNING, message);
    }

    /** Whether both sides can be read from the data (every number present, units compatible). */
    boolean evaluable(ChapterData data) {
        Optional<String> unit = printed.unit(data);
        return unit.isPresent() && printed.value(data, unit.get()).isPresent() && expected.value(data, unit.get()).isPresent();
    }

    Optional<Finding> check(ChapterData data) {
        if (!evaluable(data)) {
            return Optional.empty();
        }
        String unit = printed.unit(data).orElseThrow();
        BigDecimal actual = printed.value(data, unit).orElseThrow();
        BigDecimal computed = expected.value(data, unit).orElseThrow();
        int scale = Math.max(0, Math.min(actual.scale(), computed.scale()));
        BigDecimal roundedActual = actual.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal roundedExpected = computed.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal difference = roundedActual.subtract(roundedExpected).abs();
        if (difference.signum() == 0) {
            return Optional.empty();
        }
        Optional<TextFigure> figure = printed.single().flatMap(ref -> ref instanceof Ref.FigureRef f ? data.figure(f.id()) : Optional.<TextFigure>empty());
        Severity severity;
        String note;
        if (figure.isPresent() && figure.get().approximate()) {
            BigDecimal allowed = computed.abs().multiply(BigDecimal.valueOf(LOOSE_PERCENT)).movePointLeft(2);
            if (actual.subtract(computed).abs().compareTo(allowed) <= 0) {
                return Optional.empty();
            }
            severity = Severity.WARNING;
            note = " (omtrentlig angitt i teksten, men avviker med mer enn " + LOOSE_PERCENT + " prosent).";
        } else {
            BigDecimal room = BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(expected.size()))
                    .divide(BigDecimal.valueOf(2), scale + 1, RoundingMode.HALF_UP);
            boolean rounding = difference.compareTo(room) <= 0 && roundedActual.signum() * roundedExpected.signum() >= 0;
            severity = rounding ? Severity.INFO : whenWrong;
            note = rounding ? " (avrundingsdifferanse)." : ".";
        }
        String quoted = figure.map(f -> "«" + f.text() + "»: ").orElse("");
        String shown = printed.single().map(ref -> ref.printed(data)).orElse(PrintedNumbers.format(roundedActual));
        return Optional.of(new Finding(rule, severity, tables(data), areas(data), quoted + message + note,
                PrintedNumbers.format(shownExpected(computed, actual.scale(), scale)), shown));
    }

    /**
     * The computed value as the finding shows it: one decimal more than printed where the computation has
     * it (538 against 551,6 shows 551,6, not 552), without trailing zeros below the compared precision.
     */
    private static BigDecimal shownExpected(BigDecimal computed, int printedScale, int comparedScale) {
        int shown = Math.max(comparedScale, Math.min(computed.scale(), printedScale + 1));
        BigDecimal value = computed.setScale(shown, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < comparedScale ? value.setScale(comparedScale) : value;
    }

    private List<String> tables(ChapterData data) {
        Set<String> numbers = new TreeSet<>((a, b) -> Integer.compare(data.order(a), data.order(b)) != 0
                ? Integer.compare(data.order(a), data.order(b)) : a.compareTo(b));
        printed.refs().forEach(ref -> ref.table(data).ifPresent(numbers::add));
        expected.refs().forEach(ref -> ref.table(data).ifPresent(numbers::add));
        return List.copyOf(numbers);
    }

    private List<String> areas(ChapterData data) {
        Set<String> areas = new TreeSet<>();
        printed.refs().forEach(ref -> ref.area(data).ifPresent(areas::add));
        expected.refs().forEach(ref -> ref.area(data).ifPresent(areas::add));
        return List.copyOf(areas);
    }
}
