package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;

/**
 * That a printed number (a cell, a figure in the text, or a combination of them) equals — or is at most, or
 * at least — what other printed numbers give. Every printed number is taken as rounded to its last printed
 * digit (a count is exact), so both sides are ranges ({@link Interval}):
 * <ul>
 *   <li>the same at the coarser of the two precisions («19,5 milliarder» against 19 472 millioner): holds;</li>
 *   <li>different, but within what the rounding of every printed number involved can explain (for a sum of
 *       n rounded terms, up to n half-units): {@code info}, «avrundingsdifferanse»;</li>
 *   <li>right only with fewer decimals than printed («2,50 %» for 2,485 %): {@code warning};</li>
 *   <li>a figure the text states loosely («om lag 500») holds within {@value #LOOSE_PERCENT} %, else {@code warning};</li>
 *   <li>otherwise {@code whenWrong} — unless a {@link Diagnosis} explains the printed number (the amount with
 *       the wrong sign, another column), which then names the mistake.</li>
 * </ul>
 * The finding's {@code expected} is the computed value (at most one decimal finer than printed, where its
 * inputs have it), {@code actual} the printed text (a cell's as printed, a figure's value), both with « %» for
 * a percentage; {@code tables} are the printed side's, then the expected
 * side's. A message may name {@code {expected}}, {@code {actual}}, {@code {difference}} and {@code {percent}}, and
 * {@code {note}} where the verdict's ending («.», « (avrundingsdifferanse).») belongs if not at the end.
 *
 * @param slackNote for a bound: the info message when the printed number is clearly inside it (a total of distinct
 *                  persons below the sum of its lines), saying why that is fine; or null
 * @param tolerancePercent a relative tolerance instead of the printed precision (an average recomputed from
 *                         rounded parts), or null
 */
public record Claim(String rule, Expr printed, Relation relation, Expr expected, Severity whenWrong, String message,
        String slackNote, List<Diagnosis> diagnoses, BigDecimal tolerancePercent) {

    static final int LOOSE_PERCENT = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How the printed number relates to the expected value. */
    public enum Relation { EQUALS, AT_MOST, AT_LEAST }

    /**
     * Another value the printed number may be, naming the mistake when it is (a deviation with the wrong sign,
     * the original budget where the revised belongs).
     */
    public record Diagnosis(String rule, Expr alternative, Severity severity, String message) {
    }

    public static Claim error(String rule, Expr printed, Expr expected, String message) {
        return equal(rule, Severity.ERROR, printed, expected, message);
    }

    public static Claim warning(String rule, Expr printed, Expr expected, String message) {
        return equal(rule, Severity.WARNING, printed, expected, message);
    }

    public static Claim equal(String rule, Severity whenWrong, Expr printed, Expr expected, String message) {
        return new Claim(rule, printed, Relation.EQUALS, expected, whenWrong, message, null, List.of(), null);
    }

    public static Claim atMost(String rule, Severity whenWrong, Expr printed, Expr bound, String message) {
        return new Claim(rule, printed, Relation.AT_MOST, bound, whenWrong, message, null, List.of(), null);
    }

    public static Claim atLeast(String rule, Severity whenWrong, Expr printed, Expr bound, String message) {
        return new Claim(rule, printed, Relation.AT_LEAST, bound, whenWrong, message, null, List.of(), null);
    }

    /** For a bound: say (as info) when the printed number is clearly inside it, and why that is fine. */
    public Claim noteSlack(String note) {
        return new Claim(rule, printed, relation, expected, whenWrong, message, note, diagnoses, tolerancePercent);
    }

    /** Adds a diagnosis, tried in the order added when the claim does not hold. */
    public Claim orIf(Diagnosis diagnosis) {
        List<Diagnosis> all = new ArrayList<>(diagnoses);
        all.add(diagnosis);
        return new Claim(rule, printed, relation, expected, whenWrong, message, slackNote, List.copyOf(all), tolerancePercent);
    }

    /** Compares within a relative tolerance instead of the printed precision. */
    public Claim withinPercent(BigDecimal percent) {
        return new Claim(rule, printed, relation, expected, whenWrong, message, slackNote, diagnoses, percent);
    }

    /** Whether both sides can be read from the data (every number present, units compatible). */
    public boolean evaluable(ChapterData data) {
        return sides(data).isPresent();
    }

    public Optional<Finding> check(ChapterData data) {
        Optional<Interval[]> sides = sides(data);
        if (sides.isEmpty()) {
            return Optional.empty();
        }
        Interval p = sides.get()[0];
        Interval e = sides.get()[1];
        Optional<StatedFigure> figure = printed.single().flatMap(r -> r instanceof Ref.Figure f ? f.statedFigure(data) : Optional.empty());
        Outcome outcome = outcome(p, e, figure.map(StatedFigure::approximate).orElse(false));
        if (outcome == Outcome.HOLDS) {
            return Optional.empty();
        }
        String unit = unit(data).orElseThrow();
        String suffix = Expr.PERCENT.equals(unit) || printed.single().map(r -> r.printed(data).contains("%")).orElse(false)
                ? " %" : "";
        String actual = printed.single().filter(r -> r instanceof Ref.Cell).map(r -> r.printed(data))
                .orElseGet(() -> printed.single().map(r -> r.printed(data)).orElse(PrintedNumbers.format(p.point())) + suffix);
        String shownExpected = PrintedNumbers.format(shown(p, e)) + suffix;
        Severity severity = whenWrong;
        String ruleName = rule;
        String text = message;
        String note = ".";
        switch (outcome) {
            case ROUNDING -> {
                severity = Severity.INFO;
                note = " (avrundingsdifferanse).";
            }
            case FALSE_PRECISION -> {
                severity = Severity.WARNING;
                note = " (oppgitt med flere desimaler enn tallene den bygger på gir).";
            }
            case LOOSE -> {
                severity = Severity.WARNING;
                note = " (omtrentlig angitt i teksten, men avviker med mer enn " + LOOSE_PERCENT + " prosent).";
            }
            case SLACK -> {
                severity = Severity.INFO;
                text = slackNote;
                note = "";
            }
            default -> {
                Optional<Diagnosis> diagnosis = diagnosis(data, unit, p);
                if (diagnosis.isPresent()) {
                    ruleName = diagnosis.get().rule();
                    severity = diagnosis.get().severity();
                    text = diagnosis.get().message();
                }
                if (relation == Relation.AT_MOST) {
                    shownExpected = "høyst " + shownExpected;
                } else if (relation == Relation.AT_LEAST) {
                    shownExpected = "minst " + shownExpected;
                }
            }
        }
        String quoted = figure.map(f -> "«" + f.text() + "»: ").orElse("");
        String filled = fill(text, shownExpected, actual, p, e, suffix);
        filled = filled.contains("{note}") ? filled.replace("{note}", note) : filled + note;
        return Optional.of(new Finding(ruleName, severity, tables(data), areas(data), quoted + filled, shownExpected, actual));
    }

    private Optional<Interval[]> sides(ChapterData data) {
        Optional<String> unit = unit(data);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Optional<Interval> p = printed.value(data, unit.get());
        Optional<Interval> e = expected.value(data, unit.get());
        return p.isPresent() && e.isPresent() ? Optional.of(new Interval[] {p.get(), e.get()}) : Optional.empty();
    }

    /** The printed number's unit, or the expected side's where the printed table states none ({@code mixed}). */
    private Optional<String> unit(ChapterData data) {
        Optional<String> own = printed.unit(data);
        if (own.isPresent() && !Expr.MIXED.equals(own.get())) {
            return own;
        }
        Optional<String> other = expected.unit(data);
        return other.isPresent() && other.get() != null ? other : own;
    }

    private enum Outcome { HOLDS, ROUNDING, FALSE_PRECISION, LOOSE, SLACK, WRONG }

    private Outcome outcome(Interval p, Interval e, boolean approximate) {
        switch (relation) {
            case AT_MOST -> {
                if (p.low().compareTo(e.high()) > 0) {
                    return Outcome.WRONG;
                }
                return slackNote != null && p.high().compareTo(e.low()) < 0 ? Outcome.SLACK : Outcome.HOLDS;
            }
            case AT_LEAST -> {
                if (p.high().compareTo(e.low()) < 0) {
                    return Outcome.WRONG;
                }
                return slackNote != null && p.low().compareTo(e.high()) > 0 ? Outcome.SLACK : Outcome.HOLDS;
            }
            default -> {
                BigDecimal off = p.point().subtract(e.point()).abs();
                if (approximate) {
                    return off.compareTo(percentOf(e.point(), BigDecimal.valueOf(LOOSE_PERCENT))) <= 0 ? Outcome.HOLDS : Outcome.LOOSE;
                }
                if (tolerancePercent != null) {
                    return off.compareTo(percentOf(e.point(), tolerancePercent)) <= 0 ? Outcome.HOLDS : Outcome.WRONG;
                }
                if (Precision.same(p, e)) {
                    return Outcome.HOLDS;
                }
                if (Precision.roundingExplains(p, e)) {
                    return Outcome.ROUNDING;
                }
                return Precision.falsePrecision(p, e) ? Outcome.FALSE_PRECISION : Outcome.WRONG;
            }
        }
    }

    private Optional<Diagnosis> diagnosis(ChapterData data, String unit, Interval p) {
        for (Diagnosis d : diagnoses) {
            Optional<Interval> alternative = d.alternative().value(data, unit);
            if (alternative.isPresent() && (Precision.same(p, alternative.get()) || Precision.roundingExplains(p, alternative.get()))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The computed value as the finding shows it: at the printed precision, one decimal finer where its inputs
     * have it (538 against 551,6 shows 551,6, not 552), without trailing zeros below the printed precision.
     */
    private static BigDecimal shown(Interval p, Interval e) {
        int printedScale = p.scale() != null ? Math.max(p.scale(), 0) : e.scale() != null ? Math.max(e.scale(), 0) : 0;
        int scale = e.scale() == null ? printedScale : Math.min(printedScale + 1, Math.max(printedScale, e.scale()));
        BigDecimal value = e.point().setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < printedScale ? value.setScale(printedScale) : value;
    }

    private static String fill(String text, String expected, String actual, Interval p, Interval e, String suffix) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        BigDecimal difference = p.point().subtract(e.point()).abs().stripTrailingZeros();
        if (difference.scale() < 0) {
            difference = difference.setScale(0);
        }
        String percent = e.point().signum() == 0 ? "" : PrintedNumbers.format(difference.multiply(HUNDRED)
                .divide(e.point().abs(), MathContext.DECIMAL64), 1) + " %";
        return text.replace("{expected}", expected).replace("{actual}", actual)
                .replace("{difference}", PrintedNumbers.format(difference) + suffix)
                .replace("{percent}", percent);
    }

    private static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return value.abs().multiply(percent).divide(HUNDRED, MathContext.DECIMAL64);
    }

    private List<String> tables(ChapterData data) {
        Set<String> numbers = new LinkedHashSet<>();
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
