package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;

/**
 * One row off by one amount is one defect. Where several cells of one printed row each differ from the number
 * they restate (an area's actual and revised budget in its own chapter against chapter 1's table) by the same
 * amount — the same within what the rounding of the printed numbers explains — the row is off by that amount in
 * each of those columns (an amount booked in another area, a row added up from other figures): one finding, rule
 * {@value #RULE} (the comparisons' rules in {@code rules}), listing every place, as severe as the most severe,
 * keeping the first cell's {@code expected} and {@code actual}. Cells off by different amounts, or the same
 * amount the other way, stay separate findings: a shift or a swap of columns is another mistake, which its own
 * diagnosis names. Rounding differences ({@code info}) are never tied.
 */
public final class RowOffsets {

    public static final String RULE = "row-off-by-amount";

    private RowOffsets() {
    }

    /**
     * One printed cell compared with the number it restates.
     *
     * @param finding   what the comparison found (tied only when a warning or an error)
     * @param place     the cell, as findings name places ({@code <table>/<row key>/<column key>})
     * @param name      what the cell is, in Norwegian («regnskap for Kultur»)
     * @param printed   the cell's value and range
     * @param expected  the value it restates, in the same unit
     * @param unit      the unit of both ({@code MNOK}, …)
     * @param where     where the cell is printed («tabell 11.1»)
     * @param reference where the value it restates is printed («tabell 1.2»)
     */
    public record Compared(Finding finding, String place, String name, Interval printed, Interval expected, String unit,
            String where, String reference) {

        /** The row the cell is in: its place without the column. */
        String row() {
            int column = place.lastIndexOf('/');
            return column > 0 ? place.substring(0, column) : null;
        }

        /** How far the printed number may lie from the expected one, given both ranges. */
        Interval offset() {
            return printed.plus(expected.times(BigDecimal.ONE.negate()));
        }
    }

    /**
     * The findings with those of each row that one amount explains tied into one, in the place of the first of them.
     *
     * @param findings every finding, in order
     * @param compared the comparisons of single cells some of the findings come from
     * @param because  why the reference is authoritative, added to a tied finding's message (or blank)
     */
    public static List<Finding> tied(List<Finding> findings, List<Compared> compared, String because) {
        Map<String, List<Compared>> byRow = new LinkedHashMap<>();
        for (Compared c : compared) {
            if (c.finding() != null && c.finding().severity() != Severity.INFO && c.row() != null) {
                byRow.computeIfAbsent(c.row(), r -> new ArrayList<>()).add(c);
            }
        }
        Map<Finding, Finding> replaced = new IdentityHashMap<>();
        for (List<Compared> row : byRow.values()) {
            for (List<Compared> group : sameOffset(row)) {
                Finding one = tie(group, because);
                group.forEach(c -> replaced.put(c.finding(), one));
            }
        }
        List<Finding> result = new ArrayList<>();
        Set<Finding> added = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Finding f : findings) {
            Finding one = replaced.getOrDefault(f, f);
            if (added.add(one)) {
                result.add(one);
            }
        }
        return List.copyOf(result);
    }

    /** The row's cells in groups of two or more that one non-zero amount, within every cell's rounding, explains. */
    private static List<List<Compared>> sameOffset(List<Compared> row) {
        List<Compared> sorted = new ArrayList<>(row);
        sorted.sort(Comparator.comparing(c -> c.offset().point()));
        List<List<Compared>> groups = new ArrayList<>();
        List<Compared> current = new ArrayList<>();
        BigDecimal low = null;
        BigDecimal high = null;
        for (Compared c : sorted) {
            Interval offset = c.offset();
            BigDecimal l = low == null ? offset.low() : low.max(offset.low());
            BigDecimal h = high == null ? offset.high() : high.min(offset.high());
            boolean sameSide = l.signum() > 0 || h.signum() < 0;
            if (!current.isEmpty() && (l.compareTo(h) > 0 || !sameSide)) {
                keep(groups, current);
                current = new ArrayList<>();
                l = offset.low();
                h = offset.high();
            }
            current.add(c);
            low = l;
            high = h;
        }
        keep(groups, current);
        return groups;
    }

    private static void keep(List<List<Compared>> groups, List<Compared> group) {
        if (group.size() > 1) {
            groups.add(List.copyOf(group));
        }
    }

    private static Finding tie(List<Compared> group, String because) {
        List<Compared> inOrder = group.stream().sorted(Comparator.comparing(Compared::place)).toList();
        Compared first = inOrder.get(0);
        BigDecimal low = group.stream().map(c -> c.offset().low()).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal high = group.stream().map(c -> c.offset().high()).min(Comparator.naturalOrder()).orElseThrow();
        // the amount as precisely as the coarsest of the printed numbers
        int scale = group.stream().flatMap(c -> Stream.of(c.printed().scale(), c.expected().scale())).filter(s -> s != null)
                .min(Comparator.naturalOrder()).orElse(0);
        BigDecimal amount = low.add(high).divide(BigDecimal.valueOf(2)).setScale(Math.max(scale, 0), RoundingMode.HALF_UP);
        String unit = UnitLabels.name(first.unit()).map(u -> " " + u).orElse("");
        List<String> each = new ArrayList<>();
        for (Compared c : inOrder) {
            each.add(c.name() + " " + c.finding().actual() + " mot " + c.finding().expected());
        }
        String message = "Raden i " + first.where() + " er om lag " + PrintedNumbers.format(amount.abs()) + unit
                + (amount.signum() < 0 ? " lavere" : " høyere") + " enn i " + first.reference() + " i hver kolonne som avviker ("
                + String.join(", ", each) + "): ett avvik, samme beløp i " + each.size()
                + " kolonner, ikke " + each.size() + " ulike feil." + (because == null || because.isBlank() ? "" : " " + because.strip());
        Severity severity = group.stream().map(c -> c.finding().severity()).min(Comparator.naturalOrder()).orElseThrow();
        Set<String> tables = new LinkedHashSet<>();
        Set<String> areas = new TreeSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> rules = new LinkedHashSet<>(List.of(RULE));
        for (Compared c : inOrder) {
            tables.addAll(c.finding().tables());
            areas.addAll(c.finding().areas());
            places.addAll(c.finding().places());
            rules.add(c.finding().rule());
            rules.addAll(c.finding().rules());
        }
        return new Finding(RULE, severity, List.copyOf(tables), List.copyOf(areas), message, first.finding().expected(),
                first.finding().actual(), List.copyOf(places), List.copyOf(rules));
    }
}
