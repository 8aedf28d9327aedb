package no.arsberetning.hr.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.hr.checks.Numbers.Verdict;
import no.arsberetning.hr.tables.Chapter2Tables;
import no.arsberetning.hr.tables.ColumnSpec;
import no.arsberetning.hr.tables.ColumnSpec.Total;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.Measure;
import no.arsberetning.hr.tables.TableRows;
import no.arsberetning.hr.tables.TableSpec;
import no.arsberetning.hr.tables.TableSpec.Flow;
import no.arsberetning.hr.tables.TableSpec.PartOfWhole;
import no.arsberetning.hr.tables.TableSpec.RowSum;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The arithmetic inside each chapter-2 table, from what its columns measure ({@link Chapter2Tables}):
 * numbers where numbers belong, row sums (women + men = total), shares against their parts, parts at most
 * their whole, total rows by their kind of total (sums; distinct persons, which may be less than the sum
 * of the lines and never more; weighted averages), and the stock and flows of 2.2. Counts of persons are
 * exact; FTE and averages are printed rounded, and a difference their rounding explains is an info.
 */
@Component
@Order(1)
class TableArithmeticRule implements Rule {

    static final String NOT_A_NUMBER = "hr-not-a-number";
    static final String ROW_SUM = "hr-row-sum";
    static final String SHARE = "hr-share";
    static final String PART_OF_WHOLE = "hr-part-of-whole";
    static final String TOTAL_EQUALS_SUM = "hr-total-equals-sum";
    static final String DISTINCT_PERSONS = "hr-distinct-persons-total";
    static final String WEIGHTED_AVERAGE = "hr-weighted-average";
    static final String FLOW = "hr-flow";

    /** An average further than this from the weighted average of its parts is worth a look. */
    private static final BigDecimal AVERAGE_TOLERANCE_PERCENT = new BigDecimal("0.5");

    @Override
    public List<Finding> check(YearData data) {
        List<Finding> findings = new ArrayList<>();
        for (ReportedTable table : data.tables()) {
            Chapter2Tables.spec(table.number()).ifPresent(spec -> {
                TableView view = new TableView(table, spec);
                findings.addAll(notNumbers(view));
                findings.addAll(rowSums(view));
                findings.addAll(shares(view));
                findings.addAll(parts(view));
                findings.addAll(totals(view));
                findings.addAll(rowAverages(view));
                if (spec.flow() != null) {
                    findings.addAll(flow(view, spec.flow()));
                }
            });
        }
        return findings;
    }

    private static List<Finding> notNumbers(TableView view) {
        List<Finding> findings = new ArrayList<>();
        for (int r = 0; r < view.rows(); r++) {
            if (!TableRows.holdsValues(view.row(r))) {
                continue;
            }
            for (ColumnSpec column : view.spec.columns()) {
                if (column.measure().numeric() && HrCells.isMalformed(view.cell(r, column.index()))) {
                    findings.add(view.finding(NOT_A_NUMBER, Severity.ERROR, r,
                            view.where(r, column.index()) + " skal være et tall.", "et tall",
                            view.text(r, column.index())));
                }
            }
        }
        return findings;
    }

    private static List<Finding> rowSums(TableView view) {
        List<Finding> findings = new ArrayList<>();
        for (RowSum sum : view.spec.rowSums()) {
            for (int r = 0; r < view.rows(); r++) {
                BigDecimal printed = view.value(r, sum.total());
                if (!TableRows.holdsValues(view.row(r)) || printed == null) {
                    continue;
                }
                BigDecimal computed = BigDecimal.ZERO;
                BigDecimal uncertainty = BigDecimal.ZERO;
                for (int term : sum.terms()) {
                    BigDecimal value = view.valueOrZero(r, term);
                    computed = computed.add(value);
                    uncertainty = uncertainty.add(Numbers.uncertainty(value, view.rounded(term)));
                }
                Verdict verdict = Numbers.total(printed, computed, uncertainty);
                if (verdict != Verdict.AGREES) {
                    String terms = sum.terms().stream().map(t -> "«" + view.columnLabels.get(t) + "»")
                            .collect(Collectors.joining(" + "));
                    findings.add(view.finding(ROW_SUM, verdict == Verdict.ROUNDING ? Severity.INFO : Severity.ERROR, r,
                            view.where(r, sum.total()) + " er ikke " + terms
                                    + (verdict == Verdict.ROUNDING ? " (avrundingsdifferanse)." : "."),
                            Numbers.format(computed), view.text(r, sum.total())));
                }
            }
        }
        return findings;
    }

    private static List<Finding> shares(TableView view) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnSpec column : view.spec.columns()) {
            if (column.measure() != Measure.SHARE) {
                continue;
            }
            for (int r = 0; r < view.rows(); r++) {
                BigDecimal printed = view.value(r, column.index());
                BigDecimal part = view.value(r, column.numerator());
                BigDecimal whole = view.value(r, column.denominator());
                if (!TableRows.holdsValues(view.row(r)) || printed == null || whole == null || whole.signum() <= 0) {
                    continue;
                }
                part = part == null ? BigDecimal.ZERO : part;
                Verdict verdict = Numbers.share(printed, part, Numbers.uncertainty(part, view.rounded(column.numerator())),
                        whole, Numbers.uncertainty(whole, view.rounded(column.denominator())));
                if (verdict == Verdict.AGREES) {
                    continue;
                }
                BigDecimal exact = Numbers.percent(part, whole);
                String basis = " (" + Numbers.format(part) + " av " + Numbers.format(whole) + " er "
                        + Numbers.percentText(exact, Math.max(printed.scale(), 0) + 1) + ")";
                Severity severity = switch (verdict) {
                    case ROUNDING -> Severity.INFO;
                    case FALSE_PRECISION -> Severity.WARNING;
                    default -> Severity.ERROR;
                };
                String message = switch (verdict) {
                    case ROUNDING -> view.where(r, column.index()) + " avviker litt fra andelen" + basis + " (avrunding).";
                    case FALSE_PRECISION -> view.where(r, column.index()) + " er oppgitt med flere desimaler enn den stemmer med"
                            + basis + ".";
                    default -> view.where(r, column.index()) + " stemmer ikke med andelen" + basis + ".";
                };
                findings.add(view.finding(SHARE, severity, r, message,
                        Numbers.percentText(exact, Math.max(printed.scale(), 0)), view.text(r, column.index())));
            }
        }
        return findings;
    }

    private static List<Finding> parts(TableView view) {
        List<Finding> findings = new ArrayList<>();
        for (PartOfWhole pw : view.spec.parts()) {
            for (int r = 0; r < view.rows(); r++) {
                BigDecimal part = view.value(r, pw.part());
                BigDecimal whole = view.value(r, pw.whole());
                if (TableRows.holdsValues(view.row(r)) && part != null && whole != null && part.compareTo(whole) > 0) {
                    findings.add(view.finding(PART_OF_WHOLE, Severity.ERROR, r,
                            view.where(r, pw.part()) + " er større enn «" + view.columnLabels.get(pw.whole())
                                    + "», som det er en del av.",
                            "høyst " + Numbers.format(whole), Numbers.format(part)));
                }
            }
        }
        return findings;
    }

    /** Total rows by their kind of total. */
    private static List<Finding> totals(TableView view) {
        List<Finding> findings = new ArrayList<>();
        if (view.spec.flow() != null) {
            return findings;
        }
        for (int total : TableRows.totals(view.table)) {
            List<Integer> terms = TableRows.termsOf(view.table, total);
            if (terms.isEmpty()) {
                continue;
            }
            for (ColumnSpec column : view.spec.columns()) {
                switch (column.total()) {
                    case SUM -> sum(view, total, terms, column.index()).ifPresent(findings::add);
                    case DISTINCT_PERSONS -> distinctPersons(view, total, terms, column.index()).ifPresent(findings::add);
                    case WEIGHTED_AVERAGE -> findings.addAll(weightedAverage(view, total, terms, column));
                    case BETWEEN_LINES -> betweenLines(view, total, terms, column.index()).ifPresent(findings::add);
                    default -> {
                    }
                }
            }
        }
        return findings;
    }

    /**
     * A total row against the sum of its lines. Counts of persons are exact: any difference is an error.
     * FTE are printed rounded: a difference their rounding explains is an info.
     */
    private static Optional<Finding> sum(TableView view, int total, List<Integer> terms, int column) {
        BigDecimal printed = view.value(total, column);
        if (printed == null) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal uncertainty = BigDecimal.ZERO;
        for (int r : terms) {
            BigDecimal value = view.valueOrZero(r, column);
            sum = sum.add(value);
            uncertainty = uncertainty.add(Numbers.uncertainty(value, view.rounded(column)));
        }
        Verdict verdict = Numbers.total(printed, sum, uncertainty);
        if (verdict == Verdict.AGREES) {
            return Optional.empty();
        }
        boolean rounding = verdict == Verdict.ROUNDING;
        return Optional.of(view.finding(TOTAL_EQUALS_SUM, rounding ? Severity.INFO : Severity.ERROR, total,
                "«" + view.rowNames.get(total) + "» i kolonnen «" + view.columnLabels.get(column)
                        + "» er ikke summen av radene over" + (rounding ? " (avrundingsdifferanse)." : "."),
                Numbers.format(sum), view.text(total, column)));
    }

    private static Optional<Finding> distinctPersons(TableView view, int total, List<Integer> terms, int column) {
        BigDecimal printed = view.value(total, column);
        if (printed == null) {
            return Optional.empty();
        }
        BigDecimal sum = terms.stream().map(r -> view.valueOrZero(r, column)).reduce(BigDecimal.ZERO, BigDecimal::add);
        int compared = printed.compareTo(sum);
        if (compared == 0) {
            return Optional.empty();
        }
        if (compared < 0) {
            BigDecimal difference = sum.subtract(printed);
            return Optional.of(view.finding(DISTINCT_PERSONS, Severity.INFO, total,
                    view.where(total, column) + " er " + Numbers.format(difference) + " lavere enn summen av radene ("
                            + Numbers.percentText(Numbers.percent(difference, sum), 1) + "). Totalen teller ansatte én gang, "
                            + "også de som har stillinger på flere rader, så en lavere total er ventet.",
                    Numbers.format(sum), view.text(total, column)));
        }
        return Optional.of(view.finding(DISTINCT_PERSONS, Severity.ERROR, total,
                view.where(total, column) + " er høyere enn summen av radene; en total som teller hver ansatt én gang, "
                        + "kan ikke være større enn summen.",
                "høyst " + Numbers.format(sum), view.text(total, column)));
    }

    private static List<Finding> weightedAverage(TableView view, int total, List<Integer> terms, ColumnSpec column) {
        List<Finding> findings = new ArrayList<>();
        List<BigDecimal[]> parts = terms.stream()
                .map(r -> new BigDecimal[] {view.value(r, column.basis()), view.value(r, column.index())})
                .filter(p -> p[0] != null && p[1] != null && p[0].signum() > 0)
                .toList();
        BigDecimal printed = view.value(total, column.index());
        if (printed == null || parts.isEmpty()) {
            return findings;
        }
        betweenValues(view, total, column.index(), parts.stream().map(p -> p[1]).toList(), "radene")
                .ifPresent(findings::add);
        deviation(view, total, column.index(), parts, "radene").ifPresent(findings::add);
        return findings;
    }

    /** A row's total average against its women's and men's averages (2.7–2.9). */
    private static List<Finding> rowAverages(TableView view) {
        List<Finding> findings = new ArrayList<>();
        for (RowSum sum : view.spec.rowSums()) {
            ColumnSpec average = averageOver(view.spec, sum.total());
            if (average == null) {
                continue;
            }
            List<ColumnSpec> termAverages = sum.terms().stream().map(t -> averageOver(view.spec, t)).toList();
            if (termAverages.contains(null)) {
                continue;
            }
            for (int r = 0; r < view.rows(); r++) {
                if (!TableRows.holdsValues(view.row(r)) || view.value(r, average.index()) == null) {
                    continue;
                }
                final int row = r;
                List<BigDecimal[]> parts = termAverages.stream()
                        .map(a -> new BigDecimal[] {view.value(row, a.basis()), view.value(row, a.index())})
                        .filter(p -> p[0] != null && p[1] != null && p[0].signum() > 0)
                        .toList();
                if (parts.isEmpty()) {
                    continue;
                }
                String of = sum.terms().stream().map(t -> "«" + view.columnLabels.get(t) + "»")
                        .collect(Collectors.joining(" og "));
                betweenValues(view, r, average.index(), parts.stream().map(p -> p[1]).toList(), of).ifPresent(findings::add);
                deviation(view, r, average.index(), parts, of).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static ColumnSpec averageOver(TableSpec spec, int basis) {
        return spec.columns().stream().filter(c -> c.measure() == Measure.AVERAGE_PAY && Integer.valueOf(basis).equals(c.basis()))
                .findFirst().orElse(null);
    }

    private static Optional<Finding> betweenLines(TableView view, int total, List<Integer> terms, int column) {
        List<BigDecimal> values = terms.stream().map(r -> view.value(r, column)).filter(v -> v != null).toList();
        return view.value(total, column) == null || values.isEmpty() ? Optional.empty()
                : betweenValues(view, total, column, values, "radene");
    }

    /** An average of the whole lies between the averages of its parts (within their rounding). */
    private static Optional<Finding> betweenValues(TableView view, int row, int column, List<BigDecimal> values,
            String of) {
        BigDecimal printed = view.value(row, column);
        BigDecimal min = values.stream().min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = values.stream().max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal slack = Numbers.unit(printed);
        if (printed.compareTo(min.subtract(slack)) >= 0 && printed.compareTo(max.add(slack)) <= 0) {
            return Optional.empty();
        }
        return Optional.of(view.finding(WEIGHTED_AVERAGE, Severity.ERROR, row,
                view.where(row, column) + " er et gjennomsnitt og må ligge mellom gjennomsnittene for " + of + ".",
                Numbers.format(min) + "–" + Numbers.format(max), view.text(row, column)));
    }

    /** An average against the average of its parts weighted by their persons: {basis, average} pairs. */
    private static Optional<Finding> deviation(TableView view, int row, int column, List<BigDecimal[]> parts,
            String of) {
        BigDecimal printed = view.value(row, column);
        BigDecimal persons = parts.stream().map(p -> p[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weighted = parts.stream().map(p -> p[0].multiply(p[1])).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(persons, 2, RoundingMode.HALF_UP);
        BigDecimal off = Numbers.percent(printed.subtract(weighted).abs(), weighted);
        if (off.compareTo(AVERAGE_TOLERANCE_PERCENT) <= 0) {
            return Optional.empty();
        }
        return Optional.of(view.finding(WEIGHTED_AVERAGE, Severity.WARNING, row,
                view.where(row, column) + " avviker " + Numbers.percentText(off, 1) + " fra gjennomsnittet av " + of
                        + " vektet med antall ansatte.",
                Numbers.format(weighted, 0), view.text(row, column)));
    }

    /** 2.2: change = in + out, end = start + change, each year starts where the one before ended, out ≤ 0. */
    private static List<Finding> flow(TableView view, Flow flow) {
        List<Finding> findings = new ArrayList<>();
        List<ColumnSpec> years = view.spec.columns().stream()
                .sorted(Comparator.comparing(c -> view.columnLabels.get(c.index()))).toList();
        for (int i = 0; i < years.size(); i++) {
            int c = years.get(i).index();
            BigDecimal start = view.value(flow.start(), c);
            BigDecimal in = view.value(flow.in(), c);
            BigDecimal out = view.value(flow.out(), c);
            BigDecimal change = view.value(flow.change(), c);
            BigDecimal end = view.value(flow.end(), c);
            if (out != null && out.signum() > 0) {
                findings.add(view.finding(FLOW, Severity.WARNING, flow.out(),
                        view.where(flow.out(), c) + " er positiv; tabellen fører utstrømning med negativt fortegn.",
                        Numbers.format(out.negate()), view.text(flow.out(), c)));
            }
            if (in != null && out != null && change != null && change.compareTo(in.add(out)) != 0) {
                findings.add(view.finding(FLOW, Severity.ERROR, flow.change(),
                        view.where(flow.change(), c) + " er ikke «" + view.rowNames.get(flow.in()) + "» + «"
                                + view.rowNames.get(flow.out()) + "».",
                        Numbers.format(in.add(out)), view.text(flow.change(), c)));
            }
            if (start != null && change != null && end != null && end.compareTo(start.add(change)) != 0) {
                findings.add(view.finding(FLOW, Severity.ERROR, flow.end(),
                        view.where(flow.end(), c) + " er ikke «" + view.rowNames.get(flow.start()) + "» + «"
                                + view.rowNames.get(flow.change()) + "».",
                        Numbers.format(start.add(change)), view.text(flow.end(), c)));
            }
            if (i + 1 < years.size()) {
                int next = years.get(i + 1).index();
                BigDecimal nextStart = view.value(flow.start(), next);
                if (end != null && nextStart != null && end.compareTo(nextStart) != 0) {
                    findings.add(view.finding(FLOW, Severity.ERROR, flow.start(),
                            view.where(flow.start(), next) + " er ikke det samme som «" + view.rowNames.get(flow.end())
                                    + "» året før (" + view.columnLabels.get(c) + ").",
                            Numbers.format(end), view.text(flow.start(), next)));
                }
            }
        }
        return findings;
    }
}
