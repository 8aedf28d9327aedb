package no.arsberetning.finance.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A value computed from printed numbers: a signed sum of cells and figures, optionally as a percentage of
 * another such sum. Signs are written out where a rule uses them ({@code negated()} for "incomes are
 * negative in table 1.1"), never applied silently. Money is converted between NOK, TNOK, MNOK and BNOK;
 * other units must match.
 */
final class Expr {

    private static final Map<String, Integer> MONEY_EXPONENT = Map.of("NOK", 0, "TNOK", 3, "MNOK", 6, "BNOK", 9);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Term> terms;
    private final Expr denominator;

    private Expr(List<Term> terms, Expr denominator) {
        this.terms = List.copyOf(terms);
        this.denominator = denominator;
    }

    static Expr cell(String table, String row, String column) {
        return of(new Ref.CellRef(table, row, column));
    }

    static Expr figure(String id) {
        return of(new Ref.FigureRef(id));
    }

    /** The change from one column to another in the same row: {@code row[to] − row[from]}. */
    static Expr change(String table, String row, String from, String to) {
        return cell(table, row, to).minus(cell(table, row, from));
    }

    private static Expr of(Ref ref) {
        return new Expr(List.of(new Term(BigDecimal.ONE, ref)), null);
    }

    Expr plus(Expr other) {
        requireSum(other);
        List<Term> all = new ArrayList<>(terms);
        all.addAll(other.terms);
        return new Expr(all, null);
    }

    Expr minus(Expr other) {
        return plus(other.negated());
    }

    Expr negated() {
        requireSum(this);
        return new Expr(terms.stream().map(t -> new Term(t.factor().negate(), t.ref())).toList(), null);
    }

    /** This sum as a percentage of another: {@code 100 × this / denominator}. */
    Expr percentOf(Expr other) {
        requireSum(this);
        requireSum(other);
        return new Expr(terms, other);
    }

    /** The printed numbers it reads, denominator included. */
    Stream<Ref> refs() {
        Stream<Ref> own = terms.stream().map(Term::ref);
        return denominator == null ? own : Stream.concat(own, denominator.refs());
    }

    /** How many printed (rounded) numbers the numerator adds up: the room rounding has. */
    int size() {
        return terms.size();
    }

    /** The single cell or figure this is, unchanged, if it is one. */
    Optional<Ref> single() {
        return terms.size() == 1 && denominator == null && terms.get(0).factor().signum() > 0
                ? Optional.of(terms.get(0).ref()) : Optional.empty();
    }

    /** The unit the value comes in: percent for a ratio, else the first number's unit. */
    Optional<String> unit(ChapterData data) {
        if (denominator != null) {
            return Optional.of("percent");
        }
        return terms.get(0).ref().amount(data).map(Ref.Amount::unit);
    }

    /** The value in {@code unit}, or empty when a number is missing or its unit cannot be converted. */
    Optional<BigDecimal> value(ChapterData data, String unit) {
        if (denominator != null) {
            if (!"percent".equals(unit)) {
                return Optional.empty();
            }
            Optional<String> common = terms.get(0).ref().amount(data).map(Ref.Amount::unit);
            Optional<BigDecimal> top = common.flatMap(u -> sum(data, u));
            Optional<BigDecimal> bottom = common.flatMap(u -> denominator.sum(data, u));
            if (top.isEmpty() || bottom.isEmpty() || bottom.get().signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(top.get().multiply(HUNDRED).divide(bottom.get(), MathContext.DECIMAL64));
        }
        return sum(data, unit);
    }

    private Optional<BigDecimal> sum(ChapterData data, String unit) {
        BigDecimal total = BigDecimal.ZERO;
        for (Term term : terms) {
            Optional<BigDecimal> value = term.ref().amount(data).flatMap(a -> convert(a, unit));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(term.factor().multiply(value.get()));
        }
        return Optional.of(total);
    }

    private static Optional<BigDecimal> convert(Ref.Amount amount, String unit) {
        if (amount.unit() == null || unit == null) {
            return Optional.empty();
        }
        if (amount.unit().equals(unit)) {
            return Optional.of(amount.value());
        }
        Integer from = MONEY_EXPONENT.get(amount.unit());
        Integer to = MONEY_EXPONENT.get(unit);
        if (from == null || to == null) {
            return Optional.empty();
        }
        return Optional.of(amount.value().movePointRight(from - to));
    }

    private static void requireSum(Expr expr) {
        if (expr.denominator != null) {
            throw new IllegalArgumentException("A percentage cannot be added to or negated.");
        }
    }

    private record Term(BigDecimal factor, Ref ref) {
    }
}
