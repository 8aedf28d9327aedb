package no.arsberetning.keyfigures.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.problem.Problems.FieldProblem;
import no.arsberetning.keyfigures.BadInput;
import no.arsberetning.keyfigures.KeyFiguresProperties;
import no.arsberetning.keyfigures.comparison.Comparisons;
import no.arsberetning.keyfigures.comparison.Statistics;
import no.arsberetning.keyfigures.store.Region;
import no.arsberetning.keyfigures.store.RegionKind;
import no.arsberetning.keyfigures.store.Regions;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills a report's key-figure table from the store. The table comes as the platform writes it in JSON-stat
 * (the gateway's {@code /api/reports/{year}/tables/{id}.json}: rows in {@code entity}, columns in {@code measure});
 * each row named in {@code rows} gets the measure's figures, each column the figure of the region or the peer
 * group's mean its heading names («Trondheim 2022», «Oslo 2023», «ASSS gjennomsnitt 2023») or {@code columns}
 * says. Everything else is left as it is, so the result imports back through the services' one table import
 * ({@code POST /api/<svc>/{year}/imports}) and changes only the filled cells.
 */
@Component
class TableFills {

    private final Comparisons comparisons;
    private final Regions regions;
    private final String home;

    TableFills(Comparisons comparisons, Regions regions, KeyFiguresProperties properties) {
        this.comparisons = comparisons;
        this.regions = regions;
        this.home = properties.homeRegion();
    }

    /** Where a column's figures come from: a region's, or a peer group's mean (or median), in a year. */
    record ColumnSource(String region, String group, Integer year, String statistic) {
    }

    /** One filled or unfilled cell, for the person who asked. */
    record CellReport(String row, String column, String measure, String source, String year, BigDecimal value, String status,
            String problem) {
    }

    /** The table with its mapped cells filled, and what was filled and what could not be. */
    record Filled(ObjectNode table, List<CellReport> cells) {
    }

    Filled fill(JsonNode input, Map<String, String> rows, Map<String, ColumnSource> columns) {
        if (input == null || !input.isObject()) {
            throw BadInput.field("table", "Oppgi tabellen som JSON-stat (slik /api/reports/{år}/tables/{id}.json gir den).");
        }
        ObjectNode table = (ObjectNode) input.deepCopy();
        List<String> ids = strings(table.get("id"));
        List<Integer> sizes = new ArrayList<>();
        table.path("size").forEach(n -> sizes.add(n.asInt()));
        List<FieldProblem> problems = new ArrayList<>();
        for (String needed : List.of("entity", "measure")) {
            if (!ids.contains(needed) || !table.path("dimension").path(needed).path("category").path("index").isArray()) {
                problems.add(new FieldProblem("table.dimension." + needed, "Tabellen mangler dimensjonen «" + needed + "» (rader og kolonner)."));
            }
        }
        if (!problems.isEmpty() || sizes.size() != ids.size() || !table.path("value").isArray()) {
            problems.add(new FieldProblem("table", "Tabellen er ikke i plattformens JSON-stat-format (id, size, dimension, value)."));
            throw BadInput.fields(problems);
        }
        int[] strides = strides(sizes);
        JsonNode rowDim = table.path("dimension").path("entity");
        JsonNode columnDim = table.path("dimension").path("measure");
        List<String> rowIds = strings(rowDim.path("category").path("index"));
        List<String> columnIds = strings(columnDim.path("category").path("index"));
        ObjectNode status = statusObject(table);
        ArrayNode values = (ArrayNode) table.get("value");
        ArrayNode texts = table.path("extension").path("arsberetning").get("text") instanceof ArrayNode t ? t : null;
        List<CellReport> report = new ArrayList<>();
        for (int r = 0; r < rowIds.size(); r++) {
            String rowLabel = rowDim.path("category").path("label").path(rowIds.get(r)).asString(rowIds.get(r));
            String measure = pick(rows, rowIds.get(r), rowLabel);
            if (measure == null) {
                continue;
            }
            for (int c = 0; c < columnIds.size(); c++) {
                String columnLabel = columnDim.path("category").path("label").path(columnIds.get(c)).asString(columnIds.get(c));
                Optional<ColumnSource> source = source(columns, columnIds.get(c), columnLabel);
                if (source.isEmpty()) {
                    continue;
                }
                int position = r * strides[ids.indexOf("entity")] + c * strides[ids.indexOf("measure")];
                report.add(fillCell(measure, source.get(), rowLabel, columnLabel, position, values, status, texts));
            }
        }
        return new Filled(table, report);
    }

    private CellReport fillCell(String measure, ColumnSource source, String row, String column, int position, ArrayNode values,
            ObjectNode status, ArrayNode texts) {
        String year = String.valueOf(source.year());
        BigDecimal value;
        String symbol = null;
        String from;
        if (source.group() != null) {
            from = "gruppe " + source.group();
            Optional<Statistics> statistics = comparisons.groupStatistics(measure, year, source.group());
            // The group's mean (or median) to the precision the members' values are published with.
            value = statistics.filter(s -> s.count() > 0)
                    .map(s -> ("median".equals(source.statistic()) ? s.median() : s.mean())
                            .setScale(Math.max(s.min().scale(), s.max().scale()), RoundingMode.HALF_EVEN))
                    .orElse(null);
        } else {
            from = source.region();
            Optional<Comparisons.Figure> figure = comparisons.figure(measure, year, source.region());
            value = figure.map(Comparisons.Figure::value).orElse(null);
            symbol = figure.map(Comparisons.Figure::status).orElse(null);
        }
        if (value == null && symbol == null) {
            return new CellReport(row, column, measure, from, year, null, null, "Lageret har ikke dette tallet; cellen er uendret.");
        }
        values.set(position, value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.numberNode(value));
        String key = String.valueOf(position);
        if (value == null || symbol != null) {
            status.put(key, symbol);
        } else {
            status.remove(key);
        }
        if (texts != null && position < texts.size()) {
            texts.set(position, value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.stringNode(PrintedNumbers.format(value)));
        }
        return new CellReport(row, column, measure, from, year, value, symbol, null);
    }

    /** The source a column's key or label is given in {@code columns}, else what its heading names. */
    private Optional<ColumnSource> source(Map<String, ColumnSource> columns, String key, String label) {
        if (columns != null && (columns.containsKey(key) || columns.containsKey(label))) {
            ColumnSource given = columns.containsKey(key) ? columns.get(key) : columns.get(label);
            return given == null || given.year() == null ? Optional.empty() : Optional.of(given);
        }
        return ColumnHeading.of(label).flatMap(heading -> {
            if (heading.asss()) {
                return Optional.of(new ColumnSource(null, "asss", heading.year(), "mean"));
            }
            if (heading.who().isEmpty()) {
                return Optional.of(new ColumnSource(home, null, heading.year(), null));
            }
            return municipality(heading.who()).map(code -> new ColumnSource(code, null, heading.year(), null));
        });
    }

    /** The municipality a printed name means: the region whose label (before « - », the Sami name) is that name. */
    private Optional<String> municipality(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return regions.all().values().stream()
                .filter(r -> r.kind() == RegionKind.MUNICIPALITY)
                .filter(r -> r.label().toLowerCase(Locale.ROOT).split(" - ")[0].trim().equals(wanted))
                .map(Region::code)
                .sorted()
                .reduce((first, second) -> second);
    }

    private static String pick(Map<String, String> map, String key, String label) {
        if (map == null) {
            return null;
        }
        return map.containsKey(key) ? map.get(key) : map.get(label);
    }

    private static ObjectNode statusObject(ObjectNode table) {
        JsonNode status = table.get("status");
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        if (status instanceof ObjectNode existing) {
            return existing;
        }
        if (status != null && status.isArray()) {
            for (int i = 0; i < status.size(); i++) {
                if (!status.get(i).isNull()) {
                    object.set(String.valueOf(i), status.get(i));
                }
            }
        }
        table.set("status", object);
        return object;
    }

    private static int[] strides(List<Integer> sizes) {
        int[] strides = new int[sizes.size()];
        int stride = 1;
        for (int d = sizes.size() - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= sizes.get(d);
        }
        return strides;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asString()));
        }
        return out;
    }
}
