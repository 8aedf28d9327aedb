package no.arsberetning.hr.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.checks.Expr;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.hr.tables.Chapter2Tables;
import no.arsberetning.hr.tables.ColumnSpec;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.Measure;
import no.arsberetning.hr.tables.TableRows;
import no.arsberetning.hr.tables.TableSpec.Flow;
import no.arsberetning.hr.tables.TableSpec.PartOfWhole;
import no.arsberetning.hr.tables.TableSpec.RowSum;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The arithmetic inside each chapter-2 table, as claims built from what its columns measure
 * ({@link Chapter2Tables}): numbers where numbers belong, row sums (women + men = total), shares against their
 * parts, parts at most their whole, total rows by their kind of total (sums; distinct persons, which may be
 * less than the sum of the lines and never more; weighted averages), and the stock and flows of 2.2. Counts
 * of persons are exact; FTE and averages are printed rounded, and a difference their rounding explains is
 * an info.
 */
@Component
@Order(1)
class TableArithmetic extends ClaimCatalog {

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
    public List<Finding> check(ChapterData data) {
        List<Finding> findings = new ArrayList<>(notNumbers(data));
        findings.addAll(super.check(data));
        return findings;
    }

    @Override
    public List<Claim> claims(ChapterData data) {
        List<Claim> claims = new ArrayList<>();
        for (HrTable t : tables(data)) {
            rowSums(t, claims);
            shares(t, claims);
            parts(t, claims);
            if (t.spec.flow() != null) {
                flow(t, t.spec.flow(), claims);
            } else {
                totals(t, claims);
            }
            rowAverages(t, claims);
        }
        return claims;
    }

    private static List<HrTable> tables(ChapterData data) {
        List<HrTable> tables = new ArrayList<>();
        for (ReportedTable table : data.tables()) {
            Chapter2Tables.spec(table.number()).ifPresent(spec -> tables.add(new HrTable(table, spec)));
        }
        return tables;
    }

    private static List<Finding> notNumbers(ChapterData data) {
        List<Finding> findings = new ArrayList<>();
        for (HrTable t : tables(data)) {
            for (int r = 0; r < t.rows(); r++) {
                for (ColumnSpec column : t.spec.columns()) {
                    if (TableRows.holdsValues(t.row(r)) && column.measure().numeric()
                            && HrCells.isMalformed(t.row(r).cells().get(column.index()))) {
                        findings.add(new Finding(NOT_A_NUMBER, Severity.ERROR, List.of(t.table.number()), List.of(),
                                t.where(r, column.index()) + " skal være et tall.", "et tall",
                                HrCells.plain(t.row(r).cells().get(column.index()).text())));
                    }
                }
            }
        }
        return findings;
    }

    private static void rowSums(HrTable t, List<Claim> claims) {
        for (RowSum sum : t.spec.rowSums()) {
            for (int r = 0; r < t.rows(); r++) {
                if (TableRows.holdsValues(t.row(r)) && t.value(r, sum.total()) != null) {
                    int row = r;
                    List<Expr> terms = sum.terms().stream().filter(c -> t.value(row, c) != null).map(c -> t.at(row, c)).toList();
                    claims.add(Claim.equal(ROW_SUM, t.at(r, sum.total()),
                            terms.isEmpty() ? Expr.constant(BigDecimal.ZERO, null) : Expr.sum(terms),
                            t.where(r, sum.total()) + " er ikke " + t.labels(sum.terms(), " + ")));
                }
            }
        }
    }

    private static void shares(HrTable t, List<Claim> claims) {
        for (ColumnSpec column : t.spec.columns()) {
            if (column.measure() != Measure.SHARE) {
                continue;
            }
            for (int r = 0; r < t.rows(); r++) {
                BigDecimal printed = t.value(r, column.index());
                BigDecimal part = t.value(r, column.numerator());
                BigDecimal whole = t.value(r, column.denominator());
                if (!TableRows.holdsValues(t.row(r)) || printed == null || whole == null || whole.signum() <= 0) {
                    continue;
                }
                Expr partExpr = part == null ? Expr.constant(BigDecimal.ZERO, null) : t.at(r, column.numerator());
                BigDecimal exact = (part == null ? BigDecimal.ZERO : part).multiply(BigDecimal.valueOf(100))
                        .divide(whole, Math.max(printed.scale(), 0) + 1, java.math.RoundingMode.HALF_UP);
                String basis = " (" + PrintedNumbers.format(part == null ? BigDecimal.ZERO : part) + " av "
                        + PrintedNumbers.format(whole) + " er " + PrintedNumbers.format(exact) + " %)";
                claims.add(Claim.equal(SHARE, t.at(r, column.index()), partExpr.percentOf(t.at(r, column.denominator())),
                        t.where(r, column.index()) + " stemmer ikke med andelen" + basis));
            }
        }
    }

    private static void parts(HrTable t, List<Claim> claims) {
        for (PartOfWhole pw : t.spec.parts()) {
            for (int r = 0; r < t.rows(); r++) {
                if (TableRows.holdsValues(t.row(r))) {
                    claims.add(Claim.atMost(PART_OF_WHOLE, t.at(r, pw.part()), t.at(r, pw.whole()),
                            t.where(r, pw.part()) + " er større enn «" + t.label(pw.whole()) + "», som det er en del av"));
                }
            }
        }
    }

    /** Total rows by their kind of total. */
    private static void totals(HrTable t, List<Claim> claims) {
        for (int total : TableRows.totals(t.table)) {
            List<Integer> terms = TableRows.termsOf(t.table, total);
            if (terms.isEmpty()) {
                continue;
            }
            for (ColumnSpec column : t.spec.columns()) {
                int c = column.index();
                switch (column.total()) {
                    case SUM -> claims.add(Claim.equal(TOTAL_EQUALS_SUM, t.at(total, c), t.sum(terms, c),
                            "«" + t.rowName(total) + "» i kolonnen «" + t.label(c) + "» er ikke summen av radene over"));
                    case DISTINCT_PERSONS -> claims.add(Claim.atMost(DISTINCT_PERSONS, t.at(total, c),
                                    t.sum(terms, c), t.where(total, c) + " er høyere enn summen av radene; en total som teller "
                                            + "hver ansatt én gang, kan ikke være større enn summen")
                            .noteSlack(t.where(total, c) + " er {difference} lavere enn summen av radene ({percent}). Totalen "
                                    + "teller ansatte én gang, også de som har stillinger på flere rader, så en lavere total er ventet."));
                    case WEIGHTED_AVERAGE -> averages(t, total, c, terms.stream()
                            .map(r -> new int[] {r, column.basis()}).toList(), c, "radene", claims);
                    case BETWEEN_LINES -> between(t, total, c, terms.stream().filter(r -> t.value(r, c) != null)
                            .map(r -> t.at(r, c)).toList(), "radene", claims);
                    default -> {
                    }
                }
            }
        }
    }

    /** A row's total average against its women's and men's averages (2.7–2.9). */
    private static void rowAverages(HrTable t, List<Claim> claims) {
        for (RowSum sum : t.spec.rowSums()) {
            ColumnSpec average = averageOver(t, sum.total());
            List<ColumnSpec> termAverages = sum.terms().stream().map(c -> averageOver(t, c)).toList();
            if (average == null || termAverages.contains(null)) {
                continue;
            }
            String of = t.labels(sum.terms(), " og ");
            for (int r = 0; r < t.rows(); r++) {
                if (TableRows.holdsValues(t.row(r)) && t.value(r, average.index()) != null) {
                    int row = r;
                    averages(t, r, average.index(), termAverages.stream().map(a -> new int[] {row, a.basis(), a.index()}).toList(),
                            -1, of, claims);
                }
            }
        }
    }

    private static ColumnSpec averageOver(HrTable t, int basis) {
        return t.spec.columns().stream().filter(c -> c.measure() == Measure.AVERAGE_PAY && Integer.valueOf(basis).equals(c.basis()))
                .findFirst().orElse(null);
    }

    /**
     * An average of the whole against its parts: between the parts' averages, and close to their average
     * weighted by persons.
     *
     * @param parts {row, basis column[, value column]} per part; the value column is {@code column} when not given
     */
    private static void averages(HrTable t, int row, int average, List<int[]> parts, int column, String of, List<Claim> claims) {
        List<Expr> weights = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (int[] p : parts) {
            int valueColumn = p.length > 2 ? p[2] : column;
            BigDecimal basis = t.value(p[0], p[1]);
            if (basis != null && t.value(p[0], valueColumn) != null && basis.signum() > 0) {
                weights.add(t.at(p[0], p[1]));
                values.add(t.at(p[0], valueColumn));
            }
        }
        if (values.isEmpty() || t.value(row, average) == null) {
            return;
        }
        between(t, row, average, values, of, claims);
        claims.add(Claim.equal(WEIGHTED_AVERAGE, t.at(row, average), Expr.weightedAverage(weights, values),
                t.where(row, average) + " avviker {percent} fra gjennomsnittet av " + of + " vektet med antall ansatte")
                .withinPercent(AVERAGE_TOLERANCE_PERCENT));
    }

    /** An average of the whole lies between the averages of its parts (within their rounding). */
    private static void between(HrTable t, int row, int column, List<Expr> values, String of, List<Claim> claims) {
        if (values.isEmpty()) {
            return;
        }
        String message = t.where(row, column) + " er et gjennomsnitt og må ligge mellom gjennomsnittene for " + of;
        claims.add(Claim.atLeast(WEIGHTED_AVERAGE, t.at(row, column), Expr.least(values), message));
        claims.add(Claim.atMost(WEIGHTED_AVERAGE, t.at(row, column), Expr.greatest(values), message));
    }

    /** 2.2: change = in + out, end = start + change, each year starts where the one before ended, out ≤ 0. */
    private static void flow(HrTable t, Flow flow, List<Claim> claims) {
        List<ColumnSpec> years = t.spec.columns().stream().sorted(Comparator.comparing(c -> t.label(c.index()))).toList();
        for (int i = 0; i < years.size(); i++) {
            int c = years.get(i).index();
            claims.add(Claim.atMost(FLOW, t.at(flow.out(), c), Expr.constant(BigDecimal.ZERO, null),
                    t.where(flow.out(), c) + " er positiv; tabellen fører utstrømning med negativt fortegn"));
            claims.add(Claim.equal(FLOW, t.at(flow.change(), c), t.at(flow.in(), c).plus(t.at(flow.out(), c)),
                    t.where(flow.change(), c) + " er ikke «" + t.rowName(flow.in()) + "» + «" + t.rowName(flow.out()) + "»"));
            claims.add(Claim.equal(FLOW, t.at(flow.end(), c), t.at(flow.start(), c).plus(t.at(flow.change(), c)),
                    t.where(flow.end(), c) + " er ikke «" + t.rowName(flow.start()) + "» + «" + t.rowName(flow.change()) + "»"));
            if (i + 1 < years.size()) {
                int next = years.get(i + 1).index();
                claims.add(Claim.equal(FLOW, t.at(flow.start(), next), t.at(flow.end(), c),
                        t.where(flow.start(), next) + " er ikke det samme som «" + t.rowName(flow.end()) + "» året før ("
                                + t.label(c) + ")"));
            }
        }
    }
}
