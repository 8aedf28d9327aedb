package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A value computed from printed numbers: a signed sum of cells, figures and constants; a percentage of one
 * sum in another; a weighted average; the least or greatest of several. Signs are written out where a rule
 * uses them ({@code negated()} for "incomes are negative in table 1.1"), never applied silently. Money is
 * converted between NOK, TNOK, MNOK and BNOK; other units must match. The value comes with the range the
 * rounding of its printed inputs allows ({@link Interval}).
 */
public sealed interface Expr {

    Map<String, Integer> MONEY_EXPONENT = Map.of("NOK", 0, "TNOK", 3, "MNOK", 6, "BNOK", 9);
    String PERCENT = "percent";
    /** A difference between two percentages, on the same scale as they are. */
    String POINTS = "percentage-points";
    String MIXED = "mixed";

    static Expr cell(String table, String row, String column) {
        return Sum.of(new Ref.Cell(table, row, column, false));
    }

    /** A cell that counts something exactly (persons, units): no rounding to allow for. */
    static Expr count(String table, String row, String column) {
        return Sum.of(new Ref.Cell(table, row, column, true));
    }

    static Expr figure(String id) {
        return Sum.of(new Ref.Figure(id));
    }

    static Expr constant(BigDecimal value, String unit) {
        return Sum.of(new Ref.Constant(value, unit));
    }

    /** The sum of several, e.g. the lines of a table's group. */
    static Expr sum(List<Expr> parts) {
        Expr total = null;
        for (Expr part : parts) {
            total = total == null ? part : total.plus(part);
        }
        if (total == null) {
            throw new IllegalArgumentException("A sum needs at least one part.");
        }
        return total;
    }

    /** The change from one column to another in the same row: {@code row[to] − row[from]}. */
    static Expr change(String table, String row, String from, String to) {
        return cell(table, row, to).minus(cell(table, row, from));
    }

    /** {@code Σ weight × value / Σ weight}: an average over groups of different sizes. */
    static Expr weightedAverage(List<Expr> weights, List<Expr> values) {
        return new WeightedAverage(List.copyOf(weights), List.copyOf(values));
    }

    static Expr least(List<Expr> values) {
        return new Extreme(List.copyOf(values), false);
    }

    static Expr greatest(List<Expr> values) {
        return new Extreme(List.copyOf(values), true);
    }

    /** The unit the value comes in: percent for a share, else its first number's unit. */
    Optional<String> unit(ChapterData data);

    /** The value in {@code unit}, or empty when a number is missing or a unit cannot be converted. */
    Optional<Interval> value(ChapterData data, String unit);

    /** The printed numbers it reads. */
    Stream<Ref> refs();

    /** The single printed place this is, unchanged, if it is one. */
    default Optional<Ref> single() {
        return Optional.empty();
    }

    /** The single printed place this restates, perhaps with the other sign («merforbruk på 8,4» for −8,4). */
    default Optional<Ref> restated() {
        return single();
    }

    default Expr plus(Expr other) {
        return Sum.join(this, other, BigDecimal.ONE);
    }

    default Expr minus(Expr other) {
        return Sum.join(this, other, BigDecimal.ONE.negate());
    }

    default Expr negated() {
        return Sum.join(Sum.EMPTY, this, BigDecimal.ONE.negate());
    }

    /** This as a percentage of another: {@code 100 × this / other}. */
    default Expr percentOf(Expr other) {
        return new Share(this, other);
    }

    /** A signed sum: {@code Σ factor × place}, or of other expressions. */
    record Sum(List<Term> terms) implements Expr {

        static final Sum EMPTY = new Sum(List.of());

        static Sum of(Ref ref) {
            return new Sum(List.of(new Term(BigDecimal.ONE, ref, null)));
        }

        static Sum join(Expr a, Expr b, BigDecimal sign) {
            List<Term> all = new ArrayList<>(terms(a, BigDecimal.ONE));
            all.addAll(terms(b, sign));
            return new Sum(List.copyOf(all));
        }

        private static List<Term> terms(Expr e, BigDecimal sign) {
            if (e instanceof Sum s) {
                return s.terms.stream().map(t -> new Term(t.factor.multiply(sign), t.ref, t.expr)).toList();
            }
            return List.of(new Term(sign, null, e));
        }

        @Override
        public Optional<String> unit(ChapterData data) {
            Term first = terms.get(0);
            return first.ref != null ? first.ref.amount(data).map(Ref.Amount::unit) : first.expr.unit(data);
        }

        @Override
        public Optional<Interval> value(ChapterData data, String unit) {
            Interval total = null;
            for (Term term : terms) {
                Optional<Interval> v = term.ref != null
                        ? term.ref.amount(data).flatMap(a -> convert(a.value(), a.unit(), unit))
                        : term.expr.value(data, unit);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                Interval signed = v.get().times(term.factor);
                total = total == null ? signed : total.plus(signed);
            }
            return Optional.ofNullable(total);
        }

        @Override
        public Stream<Ref> refs() {
            return terms.stream().flatMap(t -> t.ref != null ? Stream.of(t.ref) : t.expr.refs());
        }

        @Override
        public Optional<Ref> single() {
            return restated().filter(r -> terms.get(0).factor.signum() > 0);
        }

        @Override
        public Optional<Ref> restated() {
            return terms.size() == 1 && terms.get(0).ref != null && terms.get(0).factor.abs().compareTo(BigDecimal.ONE) == 0
                    ? Optional.of(terms.get(0).ref) : Optional.empty();
        }
    }

    /** One term of a sum: a printed place or another expression, with its sign. */
    record Term(BigDecimal factor, Ref ref, Expr expr) {
    }

    /** {@code 100 × part / whole}, in percent. */
    record Share(Expr part, Expr whole) implements Expr {

        @Override
        public Optional<String> unit(ChapterData data) {
            return Optional.of(PERCENT);
        }

        @Override
        public Optional<Interval> value(ChapterData data, String unit) {
            Optional<String> common = part.unit(data);
            if (!PERCENT.equals(unit) && !POINTS.equals(unit) || common.isEmpty()) {
                return Optional.empty();
            }
            Optional<Interval> top = part.value(data, common.get());
            Optional<Interval> bottom = whole.value(data, common.get());
            if (top.isEmpty() || bottom.isEmpty() || bottom.get().point().signum() == 0
                    || bottom.get().low().signum() != bottom.get().high().signum()) {
                return Optional.empty();
            }
            return Optional.of(quotient(top.get(), bottom.get(), BigDecimal.valueOf(100)));
        }

        @Override
        public Stream<Ref> refs() {
            return Stream.concat(part.refs(), whole.refs());
        }
    }

    /** {@code Σ weight × value / Σ weight}. Only the values' rounding is allowed for. */
    record WeightedAverage(List<Expr> weights, List<Expr> values) implements Expr {

        @Override
        public Optional<String> unit(ChapterData data) {
            return values.get(0).unit(data);
        }

        @Override
        public Optional<Interval> value(ChapterData data, String unit) {
            BigDecimal weight = BigDecimal.ZERO;
            BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (int i = 0; i < values.size(); i++) {
                Expr weightOf = weights.get(i);
                Optional<Interval> w = weightOf.unit(data).flatMap(u -> weightOf.value(data, u));
                Optional<Interval> v = values.get(i).value(data, unit);
                if (w.isEmpty() || v.isEmpty() || w.get().point().signum() < 0) {
                    return Optional.empty();
                }
                BigDecimal n = w.get().point();
                weight = weight.add(n);
                sum[0] = sum[0].add(n.multiply(v.get().point()));
                sum[1] = sum[1].add(n.multiply(v.get().low()));
                sum[2] = sum[2].add(n.multiply(v.get().high()));
            }
            if (weight.signum() == 0) {
                return Optional.empty();
            }
            BigDecimal w = weight;
            return Optional.of(new Interval(sum[0].divide(w, MathContext.DECIMAL64), sum[1].divide(w, MathContext.DECIMAL64),
                    sum[2].divide(w, MathContext.DECIMAL64), null));
        }

        @Override
        public Stream<Ref> refs() {
            return Stream.concat(weights.stream(), values.stream()).flatMap(Expr::refs);
        }
    }

    /** The least (or greatest) of several values. */
    record Extreme(List<Expr> values, boolean greatest) implements Expr {

        @Override
        public Optional<String> unit(ChapterData data) {
            return values.get(0).unit(data);
        }

        @Override
        public Optional<Interval> value(ChapterData data, String unit) {
            Interval chosen = null;
            for (Expr e : values) {
                Optional<Interval> v = e.value(data, unit);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                chosen = chosen == null ? v.get() : pick(chosen, v.get());
            }
            return Optional.ofNullable(chosen);
        }

        private Interval pick(Interval a, Interval b) {
            if (greatest) {
                return new Interval(a.point().max(b.point()), a.low().max(b.low()), a.high().max(b.high()), null);
            }
            return new Interval(a.point().min(b.point()), a.low().min(b.low()), a.high().min(b.high()), null);
        }

        @Override
        public Stream<Ref> refs() {
            return values.stream().flatMap(Expr::refs);
        }
    }

    private static Interval quotient(Interval top, Interval bottom, BigDecimal factor) {
        BigDecimal[] candidates = {div(top.low(), bottom.low()), div(top.low(), bottom.high()), div(top.high(), bottom.low()),
                div(top.high(), bottom.high())};
        BigDecimal low = candidates[0];
        BigDecimal high = candidates[0];
        for (BigDecimal c : candidates) {
            low = low.min(c);
            high = high.max(c);
        }
        return new Interval(div(top.point(), bottom.point()).multiply(factor), low.multiply(factor), high.multiply(factor), null);
    }

    private static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, MathContext.DECIMAL64);
    }

    /**
     * A value in another unit: money between NOK, TNOK, MNOK and BNOK; percent and percentage points on their
     * common scale (which of the two a statement means is {@code StatedChange}'s to judge); any other unit only to
     * itself. A number whose table states no unit for it ({@code mixed}) is read in the unit asked for.
     */
    static Optional<Interval> convert(Interval value, String from, String to) {
        if (to == null) {
            return Optional.empty();
        }
        if (from == null || from.equals(to) || MIXED.equals(from)) {
            return Optional.of(value);
        }
        if ((PERCENT.equals(from) || POINTS.equals(from)) && (PERCENT.equals(to) || POINTS.equals(to))) {
            return Optional.of(value);
        }
        Integer f = MONEY_EXPONENT.get(from);
        Integer t = MONEY_EXPONENT.get(to);
        return f == null || t == null ? Optional.empty() : Optional.of(value.shifted(f - t));
    }
}
