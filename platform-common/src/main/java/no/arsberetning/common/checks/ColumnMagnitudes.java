package no.arsberetning.common.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.Markup;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn.ColumnType;
import no.arsberetning.common.tables.TableRow;

/**
 * A money column whose magnitudes do not fit its table's unit label, with nothing else printed to compare it
 * with: in a table labelled with a money unit («mill. kr»), a number column whose amounts are, in every row, a
 * whole power of 1 000 larger than the largest of the row's other amounts (at least two of them) — one column in
 * kr where the rest are in mill. kr. Only larger: a deviation, a change or a share can be far smaller than the
 * amounts beside it, never a thousand times larger. A {@code warning} (rule {@value #RULE}), naming every cell
 * of the column and the unit its numbers fit.
 */
final class ColumnMagnitudes implements CheckRule {

    static final String RULE = "unit-label-column-magnitude";

    /** The powers of 1 000 between money units (kr to mrd. kr), as powers of ten. */
    private static final int[] SHIFTS = {3, 6, 9};

    @Override
    public List<Finding> check(ChapterData data) {
        List<Finding> findings = new ArrayList<>();
        for (ReportedTable table : data.tables()) {
            Integer label = table.unit() == null ? null : Expr.MONEY_EXPONENT.get(table.unit());
            if (label == null) {
                continue;
            }
            for (int c = 0; c < table.columns().size(); c++) {
                Optional<Integer> shift = offBy(table, c);
                if (shift.isPresent()) {
                    findings.add(finding(data, table, c, label, shift.get()));
                }
            }
        }
        return findings;
    }

    /** The power of 1 000 (as a power of ten: 3, 6, 9) the column's amounts are larger by in every row, if one. */
    private static Optional<Integer> offBy(ReportedTable table, int column) {
        Integer shift = null;
        int rows = 0;
        for (TableRow row : table.rows()) {
            BigDecimal own = amount(table, row, column);
            if (own == null || own.signum() == 0) {
                continue;
            }
            List<BigDecimal> others = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                BigDecimal other = c == column ? null : amount(table, row, c);
                if (other != null && other.signum() != 0) {
                    others.add(other.abs());
                }
            }
            if (others.size() < 2) {
                continue;
            }
            Optional<Integer> larger = powerOfAThousand(own.abs().divide(others.stream().max(BigDecimal::compareTo).orElseThrow(),
                    MathContext.DECIMAL64));
            if (larger.isEmpty() || shift != null && !shift.equals(larger.get())) {
                return Optional.empty();
            }
            shift = larger.get();
            rows++;
        }
        return rows == 0 ? Optional.empty() : Optional.of(shift);
    }

    /** The power of ten (3, 6 or 9) the ratio is within half an order of magnitude of — ratio² within 10^(2k ± 1) —, if one. */
    private static Optional<Integer> powerOfAThousand(BigDecimal ratio) {
        BigDecimal square = ratio.pow(2);
        for (int shift : SHIFTS) {
            if (square.compareTo(BigDecimal.ONE.movePointRight(2 * shift - 1)) >= 0
                    && square.compareTo(BigDecimal.ONE.movePointRight(2 * shift + 1)) <= 0) {
                return Optional.of(shift);
            }
        }
        return Optional.empty();
    }

    /** A money amount of a number column: a value without a unit of its own, or in the table's money unit. */
    private static BigDecimal amount(ReportedTable table, TableRow row, int column) {
        if (table.columns().get(column).type() != ColumnType.NUMBER || column >= row.cells().size()) {
            return null;
        }
        Cell cell = row.cells().get(column);
        return cell.value() != null && (cell.unit() == null || Objects.equals(cell.unit(), table.unit())) ? cell.value() : null;
    }

    private static Finding finding(ChapterData data, ReportedTable table, int column, int label, int shift) {
        String header = Markup.strip(table.columns().get(column).label()).strip();
        String where = table.number() != null ? "tabell " + table.number() : "tabellen «" + table.caption() + "»";
        List<String> places = new ArrayList<>();
        String example = null;
        for (TableRow row : table.rows()) {
            if (amount(table, row, column) != null) {
                places.add(new Ref.Cell(table.key(), row.key(), table.columns().get(column).key(), false).place(data).orElseThrow());
                example = example != null ? example : "«" + Markup.strip(row.cells().get(column).text()).strip() + "» for «"
                        + Markup.strip(row.label()).strip() + "»";
            }
        }
        String fits = UnitLabels.name(label - shift).orElse(null);
        String named = UnitLabels.name(label).orElseThrow();
        String factor = PrintedNumbers.format(BigDecimal.ONE.movePointRight(shift));
        return new Finding(RULE, Severity.WARNING, table.number() == null ? List.of() : List.of(table.number()), List.of(),
                "Kolonnen «" + header + "» i " + where + " har beløp som i hver rad er om lag " + factor
                        + " ganger større enn de andre beløpene i raden (" + example + "), men tabellen er merket «" + named + "»"
                        + (fits == null ? "." : "; tallene i kolonnen passer med «" + fits + "».")
                        + " Enten er kolonnen oppgitt i en annen enhet enn resten av tabellen, eller tallene er feil.",
                "beløp i «" + named + "» som resten av tabellen", "om lag " + factor + " ganger større"
                        + (fits == null ? "" : " (passer med «" + fits + "»)"), places, List.of());
    }
}
