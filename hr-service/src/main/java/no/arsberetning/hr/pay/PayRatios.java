package no.arsberetning.hr.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.TableRows;

/**
 * Women's pay as a percentage of men's, computed from the pay tables: table 2.6 (one row per gender,
 * column «Årslønn») and tables 2.7–2.9 (per position group: women's and men's persons and average pay).
 * The print does not state these ratios; the gender-equality statement must.
 */
public final class PayRatios {

    /** The pay table with one row per gender (all permanent employees). */
    private static final String OVERALL = "2.6";
    /** The pay tables with a column per gender: persons and average pay of women, then of men. */
    private static final List<String> BY_GROUP = List.of("2.7", "2.8", "2.9");
    private static final int WOMEN = 0;
    private static final int WOMEN_PAY = 1;
    private static final int MEN = 2;
    private static final int MEN_PAY = 3;

    private PayRatios() {
    }

    public static List<PayRatio> of(List<ReportedTable> tables) {
        List<PayRatio> ratios = new ArrayList<>();
        overall(tables).ifPresent(ratios::add);
        for (ReportedTable table : tables) {
            if (BY_GROUP.contains(table.number())) {
                ratios.addAll(byGroup(table));
            }
        }
        return ratios;
    }

    /** Women's pay in percent of men's for all permanent employees (table 2.6), when it gives both. */
    public static Optional<PayRatio> overall(List<ReportedTable> tables) {
        return tables.stream().filter(t -> OVERALL.equals(t.number())).findFirst().flatMap(PayRatios::byGenderRows);
    }

    private static List<PayRatio> byGroup(ReportedTable table) {
        List<PayRatio> ratios = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            if (!TableRows.holdsValues(row) || row.cells().size() <= MEN_PAY) {
                continue;
            }
            BigDecimal womenPay = HrCells.value(row.cells().get(WOMEN_PAY));
            BigDecimal menPay = HrCells.value(row.cells().get(MEN_PAY));
            if (womenPay != null && menPay != null && menPay.signum() > 0) {
                ratios.add(new PayRatio(table.number(), r, HrCells.plain(row.label()), TableRows.isTotal(row),
                        HrCells.value(row.cells().get(WOMEN)), HrCells.value(row.cells().get(MEN)), womenPay, menPay,
                        percent(womenPay, menPay)));
            }
        }
        return ratios;
    }

    private static Optional<PayRatio> byGenderRows(ReportedTable table) {
        int pay = table.columns().size() - 1;
        BigDecimal women = null;
        BigDecimal men = null;
        int womenRow = -1;
        for (int r = 0; r < table.rows().size(); r++) {
            String label = HrCells.plain(table.rows().get(r).label()).toLowerCase(Locale.ROOT);
            BigDecimal value = HrCells.value(table.rows().get(r).cells().get(pay));
            if (label.startsWith("kvinne")) {
                women = value;
                womenRow = r;
            } else if (label.startsWith("mann") || label.startsWith("menn")) {
                men = value;
            }
        }
        if (women == null || men == null || men.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PayRatio(table.number(), womenRow, "Alle fast ansatte", true, null, null, women, men,
                percent(women, men)));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
