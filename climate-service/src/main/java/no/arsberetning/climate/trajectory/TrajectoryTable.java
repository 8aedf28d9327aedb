package no.arsberetning.climate.trajectory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import no.arsberetning.climate.trajectory.TrajectoryView.Point;
import no.arsberetning.climate.trajectory.TrajectoryView.Series;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table;

/**
 * The chart's table alternative (brief § 8): one row per year, one column per series, the same numbers the
 * chart draws. An empty cell says why: a reported cut after the latest known year up to the reporting year
 * is not available yet, one after the reporting year does not apply, one before is not reported; a year
 * without a target or outside a path does not apply.
 */
public final class TrajectoryTable {

    private TrajectoryTable() {
    }

    public static Table of(TrajectoryView view) {
        List<Series> series = view.chart().series();
        List<Map<Integer, BigDecimal>> byYear = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Series s : series) {
            Map<Integer, BigDecimal> values = new TreeMap<>();
            for (Point p : s.points()) {
                values.put(p.year(), p.value());
                years.add(p.year());
            }
            byYear.add(values);
        }
        List<Table.Column> columns = series.stream().map(s -> new Table.Column(s.key(), s.label(), TrajectoryAnalysis.PERCENT)).toList();
        List<Table.Row> rows = new ArrayList<>();
        for (int year : years) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int c = 0; c < series.size(); c++) {
                BigDecimal value = byYear.get(c).get(year);
                cells.add(value != null
                        ? Table.Cell.of(value, PrintedNumbers.format(value), TrajectoryAnalysis.PERCENT)
                        : Table.Cell.missing(reason(series.get(c).key(), year, view), "", TrajectoryAnalysis.PERCENT));
            }
            rows.add(new Table.Row(String.valueOf(year), "line", List.copyOf(cells)));
        }
        String reference = view.referenceYear() == null ? "referanseåret" : String.valueOf(view.referenceYear());
        return new Table(null, "Utslippsbane: kutt i direkte klimagassutslipp sammenlignet med " + reference
                + ", rapportert, mål og nødvendig bane (prosent)", TrajectoryAnalysis.PERCENT, view.convention(), columns, rows);
    }

    private static MissingReason reason(String series, int year, TrajectoryView view) {
        if (!"reported".equals(series)) {
            return MissingReason.NOT_APPLICABLE;
        }
        if (year > view.year()) {
            return MissingReason.NOT_APPLICABLE;
        }
        if (view.latest() != null && year > view.latest().year()) {
            return MissingReason.NOT_AVAILABLE_YET;
        }
        return MissingReason.NOT_REPORTED;
    }
}
