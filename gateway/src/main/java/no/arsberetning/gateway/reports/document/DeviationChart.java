package no.arsberetning.gateway.reports.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.arsberetning.common.report.Table;

import no.arsberetning.gateway.reports.document.DocumentView.CellView;
import no.arsberetning.gateway.reports.document.DocumentView.Figure;
import no.arsberetning.gateway.reports.document.DocumentView.HeaderView;
import no.arsberetning.gateway.reports.document.DocumentView.RowView;
import no.arsberetning.gateway.reports.document.DocumentView.TableView;

/**
 * Deviation per row (per service area in the results per service area), from the deviation («Avvik») column of a
 * table whose block asks for the chart ({@code Chart.DEVIATIONS}): a horizontal bar per row, right
 * of zero for underspending (positive deviation in that table's sign convention), left for overspending.
 */
final class DeviationChart {

    private static final int WIDTH = 640;
    private static final int LABELS = 230;
    private static final int ROW = 22;
    private static final int TOP = 44;

    record Bar(String area, BigDecimal value, CellView printed) {
    }

    private DeviationChart() {
    }

    /** Has this table a deviation («Avvik») column to draw? */
    static boolean isSource(Table table) {
        return table != null && deviationColumn(table) >= 0;
    }

    /** The bars of the table: ordinary rows with a number in the deviation column (totals left out). */
    static List<Bar> bars(Table table) {
        int column = deviationColumn(table);
        List<Bar> bars = new ArrayList<>();
        for (Table.Row row : table.rows() == null ? List.<Table.Row>of() : table.rows()) {
            boolean line = row.kind() == null || "line".equals(row.kind());
            if (!line || row.cells() == null || row.cells().size() <= column || row.cells().get(column) == null) {
                continue;
            }
            Table.Cell cell = row.cells().get(column);
            if (cell.value() != null) {
                bars.add(new Bar(Markup.plain(row.label()), cell.value(), TableViews.cell(cell)));
            }
        }
        return bars;
    }

    static Figure figure(Table table, String id, String label) {
        List<Bar> bars = bars(table);
        if (bars.isEmpty()) {
            return null;
        }
        String unit = Units.label(table.columns().get(deviationColumn(table)).unit() != null
                ? table.columns().get(deviationColumn(table)).unit() : table.unit());
        String number = table.number() == null || table.number().isBlank() ? null : table.number().strip();
        String title = "Avvik per tjenesteområde" + (number == null ? "" : " (tabell " + number + ")") + (unit == null ? "" : ", " + unit)
                + ". Positive tall er mindreforbruk, negative tall er merforbruk.";
        String svg = svg(bars, id + "-tittel");
        return new Figure(id, label, title, svg, alternative(bars, id, label, unit, number));
    }

    static int deviationColumn(Table table) {
        List<Table.Column> columns = table.columns() == null ? List.of() : table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (Markup.plain(columns.get(i).label()).toLowerCase(Locale.ROOT).startsWith("avvik")) {
                return i;
            }
        }
        return -1;
    }

    private static String svg(List<Bar> bars, String captionId) {
        int height = TOP + bars.size() * ROW + 28;
        double left = LABELS + 50;
        double right = WIDTH - 50;
        Scale scale = Scale.covering(bars.stream().mapToDouble(b -> b.value().doubleValue()).min().orElse(0),
                bars.stream().mapToDouble(b -> b.value().doubleValue()).max().orElse(0), 6);
        Svg svg = new Svg(WIDTH, height, captionId);
        svg.rect(LABELS, 8, 12, 12, ChartPalette.POSITIVE, null).text(LABELS + 18, 18, "start", ChartPalette.TEXT, "Mindreforbruk (positivt avvik)");
        svg.rect(LABELS + 220, 8, 12, 12, ChartPalette.NEGATIVE, null).text(LABELS + 238, 18, "start", ChartPalette.TEXT, "Merforbruk (negativt avvik)");
        double bottom = TOP + bars.size() * ROW;
        for (double tick : scale.ticks()) {
            double x = scale.position(tick, left, right);
            svg.line(x, TOP - 4, x, bottom, ChartPalette.GRID, 1, null)
                    .text(x, bottom + 16, "middle", ChartPalette.TEXT, NorwegianFormat.number(BigDecimal.valueOf(tick).stripTrailingZeros()));
        }
        double zero = scale.position(0, left, right);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            double x = scale.position(bar.value().doubleValue(), left, right);
            boolean positive = bar.value().signum() >= 0;
            svg.text(LABELS, y + 15, "end", ChartPalette.TEXT, Svg.shorten(bar.area(), 36))
                    .rect(Math.min(zero, x), y + 4, Math.abs(x - zero), 14, positive ? ChartPalette.POSITIVE : ChartPalette.NEGATIVE, null)
                    .text(positive ? Math.max(x, zero) + 4 : Math.min(x, zero) - 4, y + 15, positive ? "start" : "end",
                            ChartPalette.TEXT, NorwegianFormat.number(bar.value()));
        }
        svg.line(zero, TOP - 4, zero, bottom, ChartPalette.AXIS, 1.5, null);
        return svg.end();
    }

    private static TableView alternative(List<Bar> bars, String figureId, String label, String unit, String number) {
        List<RowView> rows = bars.stream().map(b -> new RowView(Markup.cell(b.area()), "line", List.of(b.printed()))).toList();
        String column = "Avvik" + (unit == null ? "" : " (" + unit + ")");
        return new TableView(figureId + "-tabell", "Tabellalternativ til " + label.toLowerCase(Locale.ROOT),
                Svg.escape("Avvik per tjenesteområde" + (number == null ? "" : ", som i tabell " + number)), List.of(), "Tjenesteområde",
                List.of(new HeaderView(Svg.escape(column), true)), rows);
    }
}
