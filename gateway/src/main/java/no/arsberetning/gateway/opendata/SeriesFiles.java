package no.arsberetning.gateway.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import no.arsberetning.common.imports.JsonStatTables;
import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.report.Table;

/**
 * A table across years ({@link TableSeries}) as a download: one JSON-stat 2.0 dataset whose {@code period} dimension
 * (role time) has a category per published year, {@code entity} the rows (matched by label, the newest year's order
 * first) and {@code measure} the columns (matched by their stable key; labelled as in the newest year, each year's
 * own labels in {@code extension.arsberetning.labels}: "Regnskap 2023" in 2023 is "Regnskap 2024" in 2024). CSV and
 * XLSX hold the same as rows of year, row label and the printed values. Same series, same bytes.
 */
final class SeriesFiles {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SeriesFiles() {
    }

    static byte[] render(TableSeries.Series series, TableFormat format) {
        Shape shape = Shape.of(series);
        return switch (format) {
            case CSV -> TabularFiles.writeCsv(sheet(series, shape));
            case XLSX -> StableXlsx.of(TabularFiles.writeXlsx(List.of(sheet(series, shape))), newest(series).publishedAt());
            case JSON_STAT -> jsonStat(series, shape);
            case CSVW -> throw new IllegalArgumentException("A series has no CSV on the Web metadata of its own");
        };
    }

    private static TableSeries.Series.Point newest(TableSeries.Series series) {
        return series.points().get(series.points().size() - 1);
    }

    static String fileName(TableSeries.Series series, TableFormat format) {
        TableSeries.Series.Point first = series.points().get(0);
        TableSeries.Series.Point last = series.points().get(series.points().size() - 1);
        return "arsberetning-" + first.year() + "-" + last.year() + "-tabell-" + series.id() + "." + format.extension();
    }

    private static Sheet sheet(TableSeries.Series series, Shape shape) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("År", ""));
        header.addAll(shape.measureLabels());
        rows.add(header);
        for (TableSeries.Series.Point point : series.points()) {
            for (String entity : shape.entities()) {
                Table.Row row = shape.row(point, entity);
                if (row == null) {
                    continue;
                }
                List<String> line = new ArrayList<>(List.of(String.valueOf(point.year()), row.label() == null ? "" : row.label()));
                for (String measure : shape.measures()) {
                    Table.Cell cell = shape.cell(point, row, measure);
                    line.add(cell == null || cell.text() == null ? "" : cell.text());
                }
                rows.add(line);
            }
        }
        return new Sheet(series.id(), rows);
    }

    private static byte[] jsonStat(TableSeries.Series series, Shape shape) {
        List<Object> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Map<String, String> status = new LinkedHashMap<>();
        for (TableSeries.Series.Point point : series.points()) {
            for (String entity : shape.entities()) {
                Table.Row row = shape.row(point, entity);
                for (String measure : shape.measures()) {
                    Table.Cell cell = row == null ? null : shape.cell(point, row, measure);
                    BigDecimal value = cell == null ? null : cell.value();
                    if (value == null) {
                        String symbol = cell == null || cell.reason() == null ? ".." : JsonStatTables.STATUS.get(cell.reason());
                        status.put(String.valueOf(values.size()), symbol == null ? ".." : symbol);
                    }
                    values.add(value);
                    texts.add(cell == null ? null : cell.text());
                }
            }
        }
        TableSeries.Series.Point newest = series.points().get(series.points().size() - 1);
        Table table = newest.table().table();
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("version", "2.0");
        dataset.put("class", "dataset");
        dataset.put("label", (table.number() == null ? "" : "Tabell " + table.number() + " ") + nullToEmpty(table.caption())
                + " (" + series.points().get(0).year() + "–" + newest.year() + ")");
        dataset.put("source", (series.municipality() == null ? "" : series.municipality() + ", ") + "Årsberetning, publiserte utgivelser");
        if (newest.publishedAt() != null) {
            dataset.put("updated", newest.publishedAt().toString());
        }
        dataset.put("id", List.of(JsonStatTables.PERIOD, JsonStatTables.ENTITY, JsonStatTables.MEASURE));
        dataset.put("size", List.of(series.points().size(), shape.entities().size(), shape.measures().size()));
        dataset.put("role", ordered("time", List.of(JsonStatTables.PERIOD), "metric", List.of(JsonStatTables.MEASURE)));
        Map<String, Object> dimension = new LinkedHashMap<>();
        List<String> years = series.points().stream().map(p -> String.valueOf(p.year())).toList();
        Map<String, String> yearLabels = new LinkedHashMap<>();
        years.forEach(y -> yearLabels.put(y, y));
        dimension.put(JsonStatTables.PERIOD, ordered("label", "År", "category", ordered("index", years, "label", yearLabels)));
        dimension.put(JsonStatTables.ENTITY, ordered("label", "Rad", "category", category(shape.entityIds(), shape.entityLabels())));
        dimension.put(JsonStatTables.MEASURE, ordered("label", "Kolonne", "category",
                category(shape.measures(), shape.measureLabels())));
        dataset.put("dimension", dimension);
        dataset.put("value", values);
        if (!status.isEmpty()) {
            dataset.put("status", status);
        }
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("table", series.id());
        if (table.number() != null) {
            extension.put("number", table.number());
        }
        Map<String, Integer> releases = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (TableSeries.Series.Point point : series.points()) {
            releases.put(String.valueOf(point.year()), point.release());
            labels.put(String.valueOf(point.year()), shape.measures().stream().map(m -> shape.label(point, m)).toList());
        }
        extension.put("releases", releases);
        extension.put("labels", labels);
        extension.put("text", texts);
        Map<String, String> legend = new LinkedHashMap<>();
        JsonStatTables.STATUS.forEach((reason, symbol) -> legend.put(symbol, JsonStatTables.reasonName(reason)));
        legend.putIfAbsent("..", "ikke publisert det året");
        extension.put("status", legend);
        dataset.put("extension", ordered(JsonStatTables.EXTENSION, extension));
        return JSON.writeValueAsBytes(dataset);
    }

    private static Map<String, Object> category(List<String> ids, List<String> labels) {
        Map<String, String> labelOf = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            labelOf.put(ids.get(i), labels.get(i) == null ? "" : labels.get(i));
        }
        return ordered("index", ids, "label", labelOf);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The rows (by label) and columns (by key) of the series, newest year's first, others after. */
    private record Shape(List<String> entities, List<String> entityIds, List<String> entityLabels, List<String> measures,
            List<String> measureLabels) {

        static Shape of(TableSeries.Series series) {
            Map<String, String> rows = new LinkedHashMap<>();
            Map<String, String> columns = new LinkedHashMap<>();
            List<TableSeries.Series.Point> newestFirst = new ArrayList<>(series.points());
            Collections.reverse(newestFirst);
            for (TableSeries.Series.Point point : newestFirst) {
                Table table = point.table().table();
                occurrences(table).forEach((key, row) -> rows.putIfAbsent(key, row.label()));
                table.columns().forEach(c -> columns.putIfAbsent(c.key(), c.label()));
            }
            List<String> entities = List.copyOf(rows.keySet());
            return new Shape(entities, JsonStatWriter.uniqueIds(entities.stream().map(rows::get).toList(), "rad"),
                    List.copyOf(rows.values()), List.copyOf(columns.keySet()), List.copyOf(columns.values()));
        }

        /** Rows by label, a repeated label numbered by its occurrence ("Sum", "Sum#2"). */
        static Map<String, Table.Row> occurrences(Table table) {
            Map<String, Table.Row> byKey = new LinkedHashMap<>();
            for (Table.Row row : table.rows()) {
                String base = row.label() == null ? "" : row.label().trim();
                String key = base;
                for (int n = 2; byKey.containsKey(key); n++) {
                    key = base + "#" + n;
                }
                byKey.put(key, row);
            }
            return byKey;
        }

        Table.Row row(TableSeries.Series.Point point, String entity) {
            return occurrences(point.table().table()).get(entity);
        }

        Table.Cell cell(TableSeries.Series.Point point, Table.Row row, String measure) {
            List<Table.Column> columns = point.table().table().columns();
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).key().equals(measure)) {
                    return c < row.cells().size() ? row.cells().get(c) : null;
                }
            }
            return null;
        }

        String label(TableSeries.Series.Point point, String measure) {
            return point.table().table().columns().stream().filter(c -> c.key().equals(measure)).map(Table.Column::label)
                    .findFirst().orElse(null);
        }
    }
}
