package no.arsberetning.hr.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.arsberetning.common.dashboard.DashboardPart;
import no.arsberetning.common.dashboard.DashboardPart.KeyFigure;
import no.arsberetning.common.dashboard.DashboardPart.KeyFigures;
import no.arsberetning.common.dashboard.DashboardParts;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.ProvenanceEntry;
import no.arsberetning.common.tables.ProvenanceEntries;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.hr.pay.PayRatio;
import no.arsberetning.hr.pay.PayRatios;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.TableRows;

import org.springframework.stereotype.Component;

/**
 * HR's part of the overview, the gender-equality key figures: women's share of the employees (computed from
 * the headcount of table 2.4) and of the FTEs (as table 2.4 prints it), and women's pay as a percentage of
 * men's (computed from table 2.6, {@link PayRatios}). A figure whose table is missing is left out.
 */
@Component
class HrDashboard implements DashboardParts {

    static final String TITLE = "Likestilling – nøkkeltall";
    static final String WORKFORCE = "2.4";
    /** Value columns of table 2.4 ({@code Chapter2Tables}): women's headcount, women's share of FTEs, everyone's headcount. */
    private static final int WOMEN = 0;
    private static final int WOMEN_FTE_SHARE = 2;
    private static final int EVERYONE = 6;
    private static final String PERCENT = "percent";

    private final TableStore tables;

    HrDashboard(TableStore tables) {
        this.tables = tables;
    }

    @Override
    public DashboardPart of(int year) {
        List<ReportedTable> all = tables.all(year);
        List<KeyFigure> figures = new ArrayList<>();
        all.stream().filter(t -> WORKFORCE.equals(t.number())).findFirst().ifPresent(t -> figures.addAll(workforce(t)));
        payRatio(all).ifPresent(figures::add);
        List<KeyFigures> groups = figures.isEmpty() ? List.of() : List.of(new KeyFigures(TITLE, figures));
        return new DashboardPart(year, List.of(), groups, List.of(), List.of());
    }

    private static List<KeyFigure> workforce(ReportedTable table) {
        TableRow total = table.rows().stream().filter(TableRows::isTotal).reduce((first, last) -> last).orElse(null);
        if (total == null || total.cells().size() <= EVERYONE) {
            return List.of();
        }
        List<KeyFigure> figures = new ArrayList<>();
        BigDecimal share = percent(HrCells.value(total.cells().get(WOMEN)), HrCells.value(total.cells().get(EVERYONE)));
        if (share != null) {
            figures.add(new KeyFigure("Andel kvinner av ansatte (beregnet)", share, PrintedNumbers.format(share) + " %", PERCENT,
                    table.number(), provenance(table, total, EVERYONE)));
        }
        BigDecimal fteShare = HrCells.value(total.cells().get(WOMEN_FTE_SHARE));
        if (fteShare != null) {
            figures.add(new KeyFigure("Andel kvinner av årsverk (rapportert)", fteShare,
                    HrCells.plain(total.cells().get(WOMEN_FTE_SHARE).text()), PERCENT, table.number(),
                    provenance(table, total, WOMEN_FTE_SHARE)));
        }
        return figures;
    }

    /** Women's pay in percent of men's for all permanent employees: the ratio of the table with one row per gender. */
    private static Optional<KeyFigure> payRatio(List<ReportedTable> all) {
        return PayRatios.overall(all).map((PayRatio r) -> new KeyFigure("Kvinners årslønn i prosent av menns (beregnet)", r.ratio(),
                        PrintedNumbers.format(r.ratio()) + " %", PERCENT, r.table(),
                        all.stream().filter(t -> r.table().equals(t.number())).findFirst()
                                .map(t -> ProvenanceEntries.of(t.provenance())).orElse(null)));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static ProvenanceEntry provenance(ReportedTable table, TableRow row, int column) {
        return ProvenanceEntries.of(table.provenanceOf(row.key(), table.columns().get(column).key()));
    }
}
