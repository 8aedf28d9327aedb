package no.arsberetning.gateway.reports.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.common.report.Table;

import no.arsberetning.gateway.reports.document.DocumentView.CellView;
import no.arsberetning.gateway.reports.document.DocumentView.Figure;
import no.arsberetning.gateway.reports.document.DocumentView.TableView;

/**
 * The climate trajectory — emission reductions by year, with targets — as a line chart, from the climate
 * chapter's table about emissions. The lookup is tolerant: a table qualifies when its caption or columns
 * speak of emissions, reductions or years and either its rows or its columns are years with numbers;
 * each other column (or row) with numbers is one line. No such table: no chart, and no error.
 */
final class TrajectoryChart {

    private static final Pattern TOPIC = Pattern.compile("utslipp|reduksjon|kutt|klimagass|\\bår\\b|årstall",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d|2100)(?!\\d)");
    private static final int WIDTH = 640;
    private static final int HEIGHT = 340;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 24;

    record Point(int year, BigDecimal value, CellView printed) {
    }

    record Series(String name, List<Point> points) {
    }

    record Trajectory(String caption, String unit, List<Series> series, List<Integer> years) {
    }

    private TrajectoryChart() {
    }

    /** The trajectory in this table, if it is one. */
    static Optional<Trajectory> of(Table table) {
        if (table == null || !mentionsTopic(table) || isMoney(table.unit())) {
            return Optional.empty();
        }
        Trajectory byRows = byRows(table);
        Trajectory byColumns = byColumns(table);
        Trajectory best = points(byRows) >= points(byColumns) ? byRows : byColumns;
        return best.years().size() >= 2 ? Optional.of(best) : Optional.empty();
    }

    /**
     * The chart, followed by {@code table}: the table it is drawn from, which carries every number of the chart,
     * so the chart gets no table alternative of its own (the same numbers twice on the page).
     */
    static Figure figure(Trajectory trajectory, String id, String label, TableView table) {
        return new Figure(id, label, title(trajectory), svg(trajectory, id + "-tittel"), table);
    }

    /** The caption, naming the unit unless it already does ("… (prosent)"). */
    static String title(Trajectory trajectory) {
        String caption = trajectory.caption().toLowerCase(Locale.ROOT).contains("utslippsbane")
                ? trajectory.caption() : "Utslippsbane: " + trajectory.caption();
        boolean named = trajectory.unit() == null || caption.toLowerCase(Locale.ROOT).contains(trajectory.unit().toLowerCase(Locale.ROOT));
        return caption + (named ? "" : " (" + trajectory.unit() + ")");
    }

    /** Emissions are never counted in kroner: a money table about climate measures is not the trajectory. */
    private static boolean isMoney(String unit) {
        return unit != null && unit.toUpperCase(Locale.ROOT).endsWith("NOK");
    }

    private static boolean mentionsTopic(Table table) {
        StringBuilder text = new StringBuilder(Markup.plain(table.caption()));
        for (Table.Column column : table.columns() == null ? List.<Table.Column>of() : table.columns()) {
            text.append(' ').append(Markup.plain(column.label()));
        }
        return TOPIC.matcher(text).find();
    }

    /** Rows labelled by a year; each column with numbers is a series. */
    private static Trajectory byRows(Table table) {
        List<Table.Column> columns = table.columns() == null ? List.of() : table.columns();
        List<Series> series = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            List<Point> points = new ArrayList<>();
            for (Table.Row row : rows(table)) {
                Integer year = year(row.label());
                if (year != null && row.cells() != null && row.cells().size() > c) {
                    point(year, row.cells().get(c), points);
                }
            }
            series.add(new Series(Markup.plain(columns.get(c).label()), points));
        }
        return trajectory(table, series);
    }

    /** Columns labelled by a year; each row with numbers is a series. */
    private static Trajectory byColumns(Table table) {
        List<Table.Column> columns = table.columns() == null ? List.of() : table.columns();
        List<Series> series = new ArrayList<>();
        for (Table.Row row : rows(table)) {
            List<Point> points = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Integer year = year(columns.get(c).label());
                if (year != null && row.cells() != null && row.cells().size() > c) {
                    point(year, row.cells().get(c), points);
                }
            }
            series.add(new Series(Markup.plain(row.label()), points));
        }
        return trajectory(table, series);
    }

    private static Trajectory trajectory(Table table, List<Series> all) {
        List<Series> series = all.stream().filter(s -> !s.points().isEmpty()).toList();
        TreeSet<Integer> years = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> years.add(p.year())));
        String caption = table.caption() == null || table.caption().isBlank() ? "Klimagassutslipp" : Markup.plain(table.caption());
        return new Trajectory(caption, Units.label(table.unit()), series, List.copyOf(years));
    }

    private static void point(int year, Table.Cell cell, List<Point> points) {
        if (cell != null && cell.value() != null) {
            points.add(new Point(year, cell.value(), TableViews.cell(cell)));
        }
    }

    /** The year a short label names ("2009", "2030 (mål)"), or null. */
    static Integer year(String label) {
        String text = Markup.plain(label);
        if (text.isEmpty() || text.length() > 25) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        return m.find() ? null : year;
    }

    private static List<Table.Row> rows(Table table) {
        return (table.rows() == null ? List.<Table.Row>of() : table.rows()).stream()
                .filter(r -> r != null && !"note".equals(r.kind()) && !"heading".equals(r.kind()))
                .toList();
    }

    private static int points(Trajectory t) {
        return t.series().stream().mapToInt(s -> s.points().size()).sum() + 1000 * t.years().size();
    }

    private static String svg(Trajectory t, String captionId) {
        int legendRows = (t.series().size() + 1) / 2;
        int height = HEIGHT + 12 + legendRows * 18;
        double bottom = HEIGHT - 40;
        int firstYear = t.years().get(0);
        int lastYear = t.years().get(t.years().size() - 1);
        Scale y = Scale.covering(
                t.series().stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p.value().doubleValue()).min().orElse(0),
                t.series().stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p.value().doubleValue()).max().orElse(0), 6);
        Svg svg = new Svg(WIDTH, height, captionId);
        for (double tick : y.ticks()) {
            double py = y.position(tick, bottom, TOP);
            svg.line(LEFT, py, WIDTH - RIGHT, py, tick == 0 ? ChartPalette.AXIS : ChartPalette.GRID, tick == 0 ? 1.5 : 1, null)
                    .text(LEFT - 6, py + 4, "end", ChartPalette.TEXT, NorwegianFormat.number(BigDecimal.valueOf(tick).stripTrailingZeros()));
        }
        double labelledAt = Double.NEGATIVE_INFINITY;
        for (int year : t.years()) {
            double px = x(year, firstYear, lastYear);
            svg.line(px, bottom, px, bottom + 5, ChartPalette.AXIS, 1, null);
            if (px - labelledAt >= 36) {
                svg.text(px, bottom + 19, "middle", ChartPalette.TEXT, String.valueOf(year));
                labelledAt = px;
            }
        }
        for (int s = 0; s < t.series().size(); s++) {
            Series series = t.series().get(s);
            String colour = ChartPalette.SERIES.get(s % ChartPalette.SERIES.size());
            String dash = ChartPalette.DASHES.get(s % ChartPalette.DASHES.size());
            List<Point> points = new ArrayList<>(series.points());
            points.sort((a, b) -> Integer.compare(a.year(), b.year()));
            double[] xs = points.stream().mapToDouble(p -> x(p.year(), firstYear, lastYear)).toArray();
            double[] ys = points.stream().mapToDouble(p -> y.position(p.value().doubleValue(), bottom, TOP)).toArray();
            if (points.size() > 1) {
                svg.polyline(xs, ys, colour, dash);
            }
            for (int i = 0; i < points.size(); i++) {
                svg.marker(s, xs[i], ys[i], colour);
                if (points.size() <= 12) {
                    svg.text(xs[i], ys[i] - 8, "middle", ChartPalette.TEXT, NorwegianFormat.number(points.get(i).value()));
                }
            }
            double lx = LEFT + (s % 2) * 280;
            double ly = HEIGHT + 6 + (s / 2) * 18;
            svg.line(lx, ly - 4, lx + 28, ly - 4, colour, 2, dash).marker(s, lx + 14, ly - 4, colour)
                    .text(lx + 36, ly, "start", ChartPalette.TEXT, Svg.shorten(series.name().isEmpty() ? "Serie " + (s + 1) : series.name(), 36));
        }
        return svg.end();
    }

    private static double x(int year, int first, int last) {
        if (first == last) {
            return (LEFT + WIDTH - RIGHT) / 2.0;
        }
        return LEFT + 12 + (double) (year - first) / (last - first) * (WIDTH - RIGHT - LEFT - 24);
    }
}
