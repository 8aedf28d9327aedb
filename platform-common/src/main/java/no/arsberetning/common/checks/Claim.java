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
import java.util.stream.Stream;

import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;

/**
 * That a printed number (a cell, a figure in the text, or a combination of them) equals — or is at most, or
 * at least — what other printed numbers give. The expected side is the authoritative one ({@code because}
 * says why). Every printed number is a range (± half a unit of its last digit; a count is exact; «om lag 500»
 * ± 10 %), and how severe a difference is follows one rule for every claim ({@link Size}): the same at the
 * coarser precision holds; a difference rounding explains is {@code info}; beyond it, a warning or an error
 * by its size against the printed precision and the table's total. When the printed number is another value
 * the places give (the amount with the wrong sign, another column), a {@link Diagnosis} names the mistake — for a
 * rounding difference too, where the other value is exactly what is printed («74 %» is the share of the FTEs).
 * <p>
 * The finding's {@code expected} is the computed value (at most one decimal finer than printed, where its
 * inputs have it), {@code actual} the printed text (a cell's as printed, a figure's value), both with « %» for
 * a percentage; {@code tables} are the printed side's, then the expected side's; {@code places} the number being
 * checked, by which findings of one defect are grouped ({@link Findings}): the printed side's cells and figures,
 * and the place the expected side is where it restates one (a text's «merforbruk på 8,4» and the table's −8,4
 * are one number printed twice), and the places a diagnosis that applies says the mistake is in too (the budget cells
 * of shifted columns) — not the inputs a sum or share is computed from. A message may name
 * {@code {expected}}, {@code {actual}}, {@code {exact}} (the computed value one decimal finer than printed),
 * {@code {difference}}, {@code {percent}}, and {@code {note}} where the verdict's ending («.»,
 * « (avrundingsdifferanse).») belongs if not at the end.
 *
 * @param slackNote for a bound: the info message when the printed number is clearly inside it (a total of distinct
 *                  persons below the sum of its lines), saying why that is fine; or null
 * @param tolerancePercent a relative tolerance instead of the printed precision (an average recomputed from
 *                         rounded parts), or null
 * @param because why the expected side is the authoritative one, said in the finding; or null
 */
public record Claim(String rule, Expr printed, Relation relation, Expr expected, String message, String slackNote,
        List<Diagnosis> diagnoses, BigDecimal tolerancePercent, String because) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How the printed number relates to the expected value. */
    public enum Relation { EQUALS, AT_MOST, AT_LEAST }

    /**
     * Another value the printed number may be, naming the mistake when it is (a deviation with the wrong sign,
     * the original budget where the revised belongs, a difference in percentage points called percent).
     *
     * @param involves the other printed places the mistake it names is in (the two budget cells a column shift
     *                 puts in the wrong columns), added to the finding's places when it applies: a finding of another
     *                 rule about one of them is the same defect ({@link Findings})
     */
    public record Diagnosis(String rule, Expr alternative, String message, List<Ref> involves) {

        public Diagnosis {
            involves = List.copyOf(involves);
        }

        public Diagnosis(String rule, Expr alternative, String message) {
            this(rule, alternative, message, List.of());
        }

        /** The diagnosis, naming the other printed places the mistake is in (each a cell or a figure). */
        public Diagnosis involving(Expr... places) {
            List<Ref> all = new ArrayList<>(involves);
            Stream.of(places).flatMap(Expr::refs).forEach(all::add);
            return new Diagnosis(rule, alternative, message, all);
        }
    }

    public static Claim equal(String rule, Expr printed, Expr expected, String message) {
        return new Claim(rule, printed, Relation.EQUALS, expected, message, null, List.of(), null, null);
    }

    public static Claim atMost(String rule, Expr printed, Expr bound, String message) {
        return new Claim(rule, printed, Relation.AT_MOST, bound, message, null, List.of(), null, null);
    }

    public static Claim atLeast(String rule, Expr printed, Expr bound, String message) {
        return new Claim(rule, printed, Relation.AT_LEAST, bound, message, null, List.of(), null, null);
    }

    /** For a bound: say (as info) when the printed number is clearly inside it, and why that is fine. */
    public Claim noteSlack(String note) {
        return new Claim(rule, printed, relation, expected, message, note, diagnoses, tolerancePercent, because);
    }

    /** Adds a diagnosis, tried in the order added when the claim does not hold. */
    public Claim orIf(Diagnosis diagnosis) {
        List<Diagnosis> all = new ArrayList<>(diagnoses);
        all.add(diagnosis);
        return new Claim(rule, printed, relation, expected, message, slackNote, List.copyOf(all), tolerancePercent, because);
    }

    /** Compares within a relative tolerance instead of the printed precision. */
    public Claim withinPercent(BigDecimal percent) {
        return new Claim(rule, printed, relation, expected, message, slackNote, diagnoses, percent, because);
    }

    /** Says why the expected side is the authoritative one. */
    public Claim because(String reason) {
        return new Claim(rule, printed, relation, expected, message, slackNote, diagnoses, tolerancePercent, reason);
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
        // where a number is stated loosely: null for none, else «i teksten» or «i tabellen»
        String loose = Stream.concat(printed.refs(), expected.refs()).filter(r -> r.loose(data)).findFirst()
                .map(r -> r instanceof Ref.Cell ? "i tabellen" : "i teksten").orElse(null);
        String unit = unit(data).orElseThrow();
        BigDecimal total = data.total(measuredIn(), unit);
        Verdict verdict = verdict(p, e, loose, total);
        if (verdict == null) {
            return Optional.empty();
        }
        String suffix = Expr.POINTS.equals(unit) ? " prosentpoeng"
                : Expr.PERCENT.equals(unit) || printed.single().map(r -> r.printed(data).contains("%")).orElse(false) ? " %" : "";
        String actual = printed.single().filter(r -> r instanceof Ref.Cell).map(r -> r.printed(data))
                .orElseGet(() -> printed.single().map(r -> r.printed(data)).orElse(PrintedNumbers.format(p.point())) + suffix);
        String shownExpected = PrintedNumbers.format(shown(p, e)) + suffix;
        String ruleName = rule;
        String text = message;
        List<Ref> involved = List.of();
        if (verdict.slack()) {
            text = slackNote;
        } else {
            Optional<Diagnosis> diagnosis = diagnosis(data, unit, p, verdict.severity() == Severity.INFO);
            if (diagnosis.isPresent()) {
                ruleName = diagnosis.get().rule();
                text = diagnosis.get().message();
                involved = diagnosis.get().involves();
            } else if (verdict.severity() != Severity.INFO && elsewhere(data)) {
                Optional<Ref.Cell> labelled = expected.refs().filter(r -> r instanceof Ref.Cell).map(r -> (Ref.Cell) r).findFirst();
                Optional<String> slip = UnitLabels.slip(p, e, unit,
                        labelled.flatMap(c -> data.table(c.tableKey())).map(t -> t.unit()),
                        labelled.flatMap(c -> c.table(data)).map(n -> "tabell " + n).orElse("det teksten gjengir"));
                if (slip.isPresent()) {
                    ruleName = UnitLabels.RULE;
                    text = slip.get();
                }
            }
        }
        if (!verdict.slack() && verdict.severity() != Severity.INFO) {
            if (relation == Relation.AT_MOST) {
                shownExpected = "høyst " + shownExpected;
            } else if (relation == Relation.AT_LEAST) {
                shownExpected = "minst " + shownExpected;
            }
        }
        String note = verdict.slack() ? "" : verdict.note();
        String quoted = figure.map(f -> "«" + f.text() + "»: ").orElse("");
        String filled = fill(text, shownExpected, actual, p, e, suffix);
        filled = filled.contains("{note}") ? filled.replace("{note}", note) : filled + note;
        String reason = because == null || verdict.severity() == Severity.INFO ? "" : " Forventet verdi: " + because.strip();
        return Optional.of(new Finding(ruleName, verdict.severity(), tables(data), areas(data), quoted + filled + reason,
                shownExpected, actual, places(Stream.of(printed.refs(), expected.restated().stream(), involved.stream()).flatMap(r -> r), data),
                List.of()));
    }

    /** Whether the printed side is read from other places than the expected side: text against a table, or two tables. */
    private boolean elsewhere(ChapterData data) {
        Set<String> own = new LinkedHashSet<>();
        printed.refs().forEach(r -> own.add(r.table(data).orElse("tekst")));
        return expected.refs().map(r -> r.table(data).orElse("tekst")).noneMatch(own::contains);
    }

    /** How the printed number compares: null when it holds; else the finding's severity and the verdict's ending. */
    private record Verdict(Severity severity, String note, boolean slack) {
    }

    private Verdict verdict(Interval p, Interval e, String loose, BigDecimal total) {
        switch (relation) {
            case AT_MOST -> {
                BigDecimal over = p.low().subtract(e.high());
                if (over.signum() > 0) {
                    return new Verdict(Size.beyondRounding(over, p, e, total), ".", false);
                }
                return slackNote != null && p.high().compareTo(e.low()) < 0 ? new Verdict(Severity.INFO, "", true) : null;
            }
            case AT_LEAST -> {
                BigDecimal under = e.low().subtract(p.high());
                if (under.signum() > 0) {
                    return new Verdict(Size.beyondRounding(under, p, e, total), ".", false);
                }
                return slackNote != null && p.low().compareTo(e.high()) > 0 ? new Verdict(Severity.INFO, "", true) : null;
            }
            default -> {
                if (loose != null) {
                    return p.meets(e) ? null : new Verdict(Size.beyondApproximation(Size.beyond(p, e), p, e, total),
                            " (omtrentlig angitt " + loose + ", men avviker med mer enn " + Size.LOOSE_PERCENT + " prosent).", false);
                }
                if (tolerancePercent != null) {
                    BigDecimal off = p.point().subtract(e.point()).abs()
                            .subtract(e.point().abs().multiply(tolerancePercent).divide(HUNDRED, MathContext.DECIMAL64));
                    return off.signum() <= 0 ? null : new Verdict(Size.beyondRounding(off, p, e, total), ".", false);
                }
                Severity severity = Size.of(p, e, total);
                if (severity == null) {
                    return null;
                }
                if (severity == Severity.INFO) {
                    return new Verdict(severity, " (avrundingsdifferanse).", false);
                }
                return new Verdict(severity, Precision.falsePrecision(p, e)
                        ? " (oppgitt med flere desimaler enn tallene den bygger på gir)." : ".", false);
            }
        }
    }

    /** Both sides' values, printed then expected, in the claim's unit; empty when either cannot be read. */
    Optional<Interval[]> sides(ChapterData data) {
        Optional<String> unit = unit(data);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Optional<Interval> p = printed.value(data, unit.get());
        Optional<Interval> e = expected.value(data, unit.get());
        return p.isPresent() && e.isPresent() ? Optional.of(new Interval[] {p.get(), e.get()}) : Optional.empty();
    }

    /** The printed number's unit, or the expected side's where the printed table states none ({@code mixed}). */
    Optional<String> unit(ChapterData data) {
        Optional<String> own = printed.unit(data);
        if (own.isPresent() && !Expr.MIXED.equals(own.get())) {
            return own;
        }
        Optional<String> other = expected.unit(data);
        return other.isPresent() && other.get() != null ? other : own;
    }

    /**
     * The first diagnosis whose value the printed number is: the same at its precision or, beyond a rounding difference,
     * within what rounding explains (a rounding difference is only explained by another value that is exactly printed).
     */
    private Optional<Diagnosis> diagnosis(ChapterData data, String unit, Interval p, boolean roundingDifference) {
        for (Diagnosis d : diagnoses) {
            Optional<Interval> alternative = d.alternative().value(data, unit);
            if (alternative.isPresent() && (Precision.same(p, alternative.get())
                    || !roundingDifference && Precision.roundingExplains(p, alternative.get()))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The places whose columns a difference is measured against: the printed side's cells, or — for a figure of
     * the text — the cells it restates (not those a share is computed from, which are in another unit).
     */
    private Stream<Ref> measuredIn() {
        if (printed.refs().anyMatch(r -> r instanceof Ref.Cell)) {
            return printed.refs();
        }
        return expected instanceof Expr.Share ? Stream.empty() : expected.refs();
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
        int printedScale = p.scale() != null ? Math.max(p.scale(), 0) : 0;
        return text.replace("{expected}", expected).replace("{actual}", actual)
                .replace("{exact}", PrintedNumbers.format(e.point().setScale(printedScale + 1, RoundingMode.HALF_UP)) + suffix)
                .replace("{difference}", PrintedNumbers.format(difference) + suffix)
                .replace("{percent}", percent);
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

    private static List<String> places(Stream<Ref> refs, ChapterData data) {
        Set<String> places = new LinkedHashSet<>();
        refs.forEach(r -> r.place(data).ifPresent(places::add));
        return List.copyOf(places);
    }
}
