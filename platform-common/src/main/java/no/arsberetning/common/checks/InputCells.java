package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.Markup;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableRow;

/**
 * One defect, one finding, where the defect is an input: a wrong cell breaks its own table's sum and the other
 * places that print what it adds up to, and each broken identity is a finding at another place. Every claim that
 * adds and subtracts cells is an identity over them; the smallest set of cells (one, or two an identity links — a
 * line and the sum printed from it) whose change makes every broken identity they are in hold, while every
 * identity that holds keeps holding within rounding, is the defect. Its findings become one, led by the cell: its
 * {@code expected} the value the other numbers give, {@code actual} what is printed, every place and rule listed.
 * Where two sets explain the same findings equally well, nothing is grouped: the numbers cannot tell which is wrong.
 * Findings already about the same printed number (a shared place) are left to {@link Findings#grouped}, whose
 * rules' own diagnoses say more.
 */
final class InputCells {

    static final String RULE = "wrong-input-cell";

    private static final BigDecimal SLACK = new BigDecimal("0.000001");

    private InputCells() {
    }

    /** A claim as an identity over cells: printed − expected = Σ coefficient × cell, off by {@code residual}, rounding allowing {@code tolerance}. */
    private record Identity(Map<Ref.Cell, BigDecimal> coefficients, Set<Ref.Cell> printedSide, BigDecimal residual,
            BigDecimal tolerance, Finding finding) {

        boolean broken() {
            return finding != null && finding.severity() != Severity.INFO;
        }

        BigDecimal after(Map<Ref.Cell, BigDecimal> changes) {
            BigDecimal r = residual;
            for (Map.Entry<Ref.Cell, BigDecimal> c : changes.entrySet()) {
                r = r.add(coefficients.getOrDefault(c.getKey(), BigDecimal.ZERO).multiply(c.getValue()));
            }
            return r;
        }
    }

    /**
     * Cells changed by how much (in each cell's unit), the broken identities that makes hold, how far from exact they
     * then are, and how often its cells are a claim's printed side (a sum, a deviation: derived from the others, so
     * the less authoritative where two explanations fit as well).
     */
    private record Explanation(Map<Ref.Cell, BigDecimal> changes, List<Identity> explained, BigDecimal score, int derived) {
    }

    /** The findings with those of one wrong input replaced by one finding naming it. */
    static List<Finding> explained(List<Claim> claims, ChapterData data, List<Finding> findings) {
        Map<Finding, Boolean> present = new IdentityHashMap<>();
        Set<Finding> listed = new HashSet<>(findings);
        List<Identity> identities = new ArrayList<>();
        for (Claim claim : claims) {
            identity(claim, data).filter(i -> i.finding() == null || listed.contains(i.finding())).ifPresent(identities::add);
        }
        Map<Ref.Cell, List<Identity>> byCell = new LinkedHashMap<>();
        identities.forEach(i -> i.coefficients().keySet().forEach(c -> byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(i)));
        List<Explanation> candidates = new ArrayList<>();
        Set<Ref.Cell> suspects = new LinkedHashSet<>();
        identities.stream().filter(Identity::broken).forEach(i -> suspects.addAll(i.coefficients().keySet()));
        for (Ref.Cell cell : suspects) {
            BigDecimal delta = change(cell, byCell.get(cell), Set.of(), data);
            if (delta != null) {
                explain(Map.of(cell, delta), byCell, data).ifPresent(candidates::add);
            }
        }
        Set<Set<Identity>> single = new HashSet<>();
        candidates.forEach(e -> single.add(Set.copyOf(e.explained())));
        for (Ref.Cell a : suspects) {
            for (Ref.Cell b : suspects) {
                if (place(a, data).compareTo(place(b, data)) >= 0 || byCell.get(a).stream().noneMatch(i -> i.coefficients().containsKey(b))) {
                    continue;
                }
                BigDecimal da = change(a, byCell.get(a), Set.of(b), data);
                BigDecimal db = change(b, byCell.get(b), Set.of(a), data);
                if (da == null || db == null) {
                    continue;
                }
                Map<Ref.Cell, BigDecimal> changes = new LinkedHashMap<>();
                changes.put(a, da);
                changes.put(b, db);
                explain(changes, byCell, data).filter(e -> !single.contains(Set.copyOf(e.explained()))).ifPresent(candidates::add);
            }
        }
        List<Explanation> chosen = choose(candidates);
        if (chosen.isEmpty()) {
            return findings;
        }
        Map<Finding, Finding> replaced = new HashMap<>();
        for (Explanation e : chosen) {
            Finding merged = merged(e, data);
            e.explained().forEach(i -> replaced.put(i.finding(), merged));
        }
        List<Finding> result = new ArrayList<>();
        for (Finding f : findings) {
            Finding instead = replaced.getOrDefault(f, f);
            if (present.putIfAbsent(instead, Boolean.TRUE) == null) {
                result.add(instead);
            }
        }
        return result;
    }

    /** The claim as an identity over cells, if it adds and subtracts printed numbers only and can be read. */
    private static Optional<Identity> identity(Claim claim, ChapterData data) {
        if (claim.relation() != Claim.Relation.EQUALS || claim.tolerancePercent() != null) {
            return Optional.empty();
        }
        Optional<String> unit = claim.unit(data);
        Optional<Interval[]> sides = claim.sides(data);
        if (unit.isEmpty() || sides.isEmpty()) {
            return Optional.empty();
        }
        Map<Ref.Cell, BigDecimal> coefficients = new LinkedHashMap<>();
        if (!linear(claim.printed(), BigDecimal.ONE, unit.get(), coefficients, data)) {
            return Optional.empty();
        }
        Set<Ref.Cell> printedSide = Set.copyOf(coefficients.keySet());
        if (!linear(claim.expected(), BigDecimal.ONE.negate(), unit.get(), coefficients, data)) {
            return Optional.empty();
        }
        coefficients.values().removeIf(c -> c.signum() == 0);
        Interval p = sides.get()[0];
        Interval e = sides.get()[1];
        return Optional.of(new Identity(coefficients, printedSide, p.point().subtract(e.point()), p.halfWidth().add(e.halfWidth()),
                claim.check(data).orElse(null)));
    }

    private static boolean linear(Expr expr, BigDecimal sign, String unit, Map<Ref.Cell, BigDecimal> into, ChapterData data) {
        if (!(expr instanceof Expr.Sum sum)) {
            return false;
        }
        for (Expr.Term term : sum.terms()) {
            BigDecimal factor = sign.multiply(term.factor());
            if (term.expr() != null) {
                if (!linear(term.expr(), factor, unit, into, data)) {
                    return false;
                }
            } else if (term.ref() instanceof Ref.Cell cell) {
                Optional<BigDecimal> scale = cell.amount(data)
                        .flatMap(a -> Expr.convert(Interval.printed(BigDecimal.ONE, true), a.unit(), unit)).map(Interval::point);
                if (scale.isEmpty()) {
                    return false;
                }
                into.merge(new Ref.Cell(cell.tableKey(), cell.rowKey(), cell.columnKey(), false), factor.multiply(scale.get()),
                        BigDecimal::add);
            }
        }
        return true;
    }

    /**
     * The change of the cell that makes a broken identity it is in (and none of {@code without}) hold exactly, at the
     * cell's printed precision; null if there is none.
     */
    private static BigDecimal change(Ref.Cell cell, List<Identity> in, Set<Ref.Cell> without, ChapterData data) {
        int scale = data.cell(cell.tableKey(), cell.rowKey(), cell.columnKey()).map(Cell::value)
                .map(v -> Math.max(v.scale(), 0)).orElse(0);
        for (Identity i : in) {
            if (i.broken() && without.stream().noneMatch(i.coefficients()::containsKey)) {
                BigDecimal delta = i.residual().negate().divide(i.coefficients().get(cell), MathContext.DECIMAL64)
                        .setScale(scale, RoundingMode.HALF_UP);
                return delta.signum() == 0 ? null : delta;
            }
        }
        return null;
    }

    /** The explanation the changes give: every identity of their cells holds after them, and at least two broken ones are made to. */
    private static Optional<Explanation> explain(Map<Ref.Cell, BigDecimal> changes, Map<Ref.Cell, List<Identity>> byCell,
            ChapterData data) {
        Set<Identity> touched = new LinkedHashSet<>();
        changes.keySet().forEach(c -> touched.addAll(byCell.get(c)));
        BigDecimal score = BigDecimal.ZERO;
        int derived = 0;
        List<Identity> explained = new ArrayList<>();
        for (Identity i : touched) {
            derived += (int) changes.keySet().stream().filter(i.printedSide()::contains).count();
            BigDecimal after = i.after(changes).abs();
            if (after.compareTo(i.tolerance().add(SLACK)) > 0) {
                return Optional.empty();
            }
            score = score.add(after);
            if (i.broken()) {
                explained.add(i);
            }
        }
        if (explained.size() < 2) {
            return Optional.empty();
        }
        boolean alreadyOnePlace = changes.keySet().stream().map(c -> place(c, data))
                .anyMatch(place -> explained.stream().allMatch(i -> i.finding().places().contains(place)));
        return alreadyOnePlace ? Optional.empty() : Optional.of(new Explanation(changes, List.copyOf(explained), score, derived));
    }

    /**
     * The explanations kept: fewest cells first, then most findings explained, then the closest fit, then the most
     * derived cells (a deviation or sum typed wrong rather than the accounts it is computed from); one finding is
     * explained once; an explanation as good as another of the same findings in all of these is none.
     */
    private static List<Explanation> choose(List<Explanation> candidates) {
        List<Explanation> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.<Explanation>comparingInt(e -> e.changes().size()).thenComparing(e -> -e.explained().size())
                .thenComparing(Explanation::score).thenComparing(e -> -e.derived()));
        List<Explanation> chosen = new ArrayList<>();
        Set<Identity> used = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            Explanation e = sorted.get(i);
            boolean tie = sorted.stream().anyMatch(o -> o != e && o.changes().size() == e.changes().size()
                    && Set.copyOf(o.explained()).equals(Set.copyOf(e.explained())) && o.score().compareTo(e.score()) == 0
                    && o.derived() == e.derived());
            if (tie || e.explained().stream().anyMatch(used::contains)) {
                continue;
            }
            chosen.add(e);
            used.addAll(e.explained());
        }
        return chosen;
    }

    private static Finding merged(Explanation e, ChapterData data) {
        List<Ref.Cell> cells = new ArrayList<>(e.changes().keySet());
        cells.sort(Comparator.comparing(c -> data.row(c.tableKey(), c.rowKey()).map(TableRow::kind).map(k -> !"line".equals(k)).orElse(false)));
        Ref.Cell lead = cells.get(0);
        BigDecimal corrected = corrected(lead, e.changes().get(lead), data);
        Severity severity = e.explained().stream().map(i -> i.finding().severity()).min(Comparator.naturalOrder()).orElseThrow();
        Set<String> tables = new LinkedHashSet<>();
        lead.table(data).ifPresent(tables::add);
        Set<String> areas = new TreeSet<>();
        Set<String> places = new LinkedHashSet<>();
        cells.forEach(c -> places.add(place(c, data)));
        Set<String> rules = new LinkedHashSet<>(List.of(RULE));
        List<String> found = new ArrayList<>();
        for (Identity i : e.explained()) {
            tables.addAll(i.finding().tables());
            areas.addAll(i.finding().areas());
            places.addAll(i.finding().places());
            rules.add(i.finding().rule());
            found.add(i.finding().rule() + ": " + i.finding().message());
        }
        StringBuilder message = new StringBuilder("Én feil celle forklarer " + e.explained().size() + " avvik: " + name(lead, data)
                + " er trykt som " + lead.printed(data) + ", men " + PrintedNumbers.format(corrected)
                + " får alle regnestykkene den inngår i til å stemme");
        for (Ref.Cell other : cells.subList(1, cells.size())) {
            message.append(", og ").append(name(other, data)).append(" (").append(other.printed(data)).append(", skal være ")
                    .append(PrintedNumbers.format(corrected(other, e.changes().get(other), data))).append(") er regnet fra den");
        }
        message.append(". Forventet verdi: det de andre tallene i regnestykkene gir; de stemmer med hverandre og med summene "
                + "ellers, så det er cellen som er feil. Avvikene den gir: — ").append(String.join(" — ", found));
        return new Finding(RULE, severity, List.copyOf(tables), List.copyOf(areas), message.toString(),
                PrintedNumbers.format(corrected), lead.printed(data), List.copyOf(places), List.copyOf(rules));
    }

    private static BigDecimal corrected(Ref.Cell cell, BigDecimal change, ChapterData data) {
        return data.cell(cell.tableKey(), cell.rowKey(), cell.columnKey()).map(Cell::value).orElse(BigDecimal.ZERO).add(change);
    }

    private static String name(Ref.Cell cell, ChapterData data) {
        String row = data.row(cell.tableKey(), cell.rowKey()).map(TableRow::label).map(Markup::strip).map(String::strip)
                .orElse(cell.rowKey());
        String column = data.table(cell.tableKey()).map(ReportedTable::columns).flatMap(cs -> cs.stream()
                .filter(c -> c.key().equals(cell.columnKey())).map(TableColumn::label).map(Markup::strip).map(String::strip).findFirst()).orElse(cell.columnKey());
        return "«" + column + "» for «" + row + "» i tabell " + cell.table(data).orElse(cell.tableKey());
    }

    private static String place(Ref.Cell cell, ChapterData data) {
        return cell.place(data).orElseThrow();
    }
}
