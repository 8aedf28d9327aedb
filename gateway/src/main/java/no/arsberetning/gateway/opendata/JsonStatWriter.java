package no.arsberetning.gateway.opendata;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import no.arsberetning.common.imports.JsonStatTables;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;

/**
 * A table as a JSON-stat 2.0 dataset (docs/open-data.md): dimensions {@code period} (the year, role time),
 * {@code entity} (the rows) and {@code measure} (the columns, role metric, with each column's unit and
 * decimals); {@code value} exact decimals row by row; {@code status} Statistics Norway's symbols for missing
 * values; {@code source} and {@code updated}; and {@code extension.arsberetning} with what the platform's import
 * and a careful reader need: table number, column keys, row kinds, each cell's printed text and unit, the
 * status legend, the sign convention and, where a row's label says it, what it is counted per (basis).
 * Read back by {@link JsonStatTables}. Same table and info, same bytes.
 */
final class JsonStatWriter {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final Pattern BASIS = Pattern.compile("(?:\\bper|\\bpr\\.)\\s+([^,(*]+)");

    private JsonStatWriter() {
    }

    static byte[] write(OpenTable open, DatasetInfo info) {
        Table table = open.table();
        List<String> rowIds = uniqueIds(table.rows().stream().map(Table.Row::label).toList(), "rad");
        List<String> columnIds = uniqueIds(table.columns().stream().map(Table.Column::key).toList(), "kolonne");
        List<Object> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> units = new ArrayList<>();
        Map<String, String> status = new LinkedHashMap<>();
        int[] decimals = new int[columnIds.size()];
        boolean[] preliminary = PreliminaryFigures.columns(table, info.year());
        for (Table.Row row : table.rows()) {
            boolean valueRow = !"note".equals(row.kind()) && !"heading".equals(row.kind());
            for (int c = 0; c < columnIds.size(); c++) {
                Cell cell = c < row.cells().size() ? row.cells().get(c) : null;
                BigDecimal value = cell == null ? null : cell.value();
                if (value != null) {
                    decimals[c] = Math.max(decimals[c], Math.max(value.scale(), 0));
                }
                if (valueRow && cell != null && value == null && cell.reason() != null) {
                    status.put(String.valueOf(values.size()), JsonStatTables.STATUS.get(cell.reason()));
                } else if (valueRow && value != null && c < preliminary.length && preliminary[c]) {
                    status.put(String.valueOf(values.size()), PreliminaryFigures.STATUS);
                }
                values.add(value);
                texts.add(cell == null ? null : cell.text());
                units.add(cell == null ? null : cell.unit());
            }
        }
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("version", "2.0");
        dataset.put("class", "dataset");
        dataset.put("label", label(table));
        dataset.put("source", info.source());
        if (info.updated() != null) {
            dataset.put("updated", info.updated().toString());
        }
        dataset.put("id", List.of(JsonStatTables.PERIOD, JsonStatTables.ENTITY, JsonStatTables.MEASURE));
        dataset.put("size", List.of(1, rowIds.size(), columnIds.size()));
        dataset.put("role", ordered("time", List.of(JsonStatTables.PERIOD), "metric", List.of(JsonStatTables.MEASURE)));
        Map<String, Object> dimension = new LinkedHashMap<>();
        String year = String.valueOf(info.year());
        dimension.put(JsonStatTables.PERIOD, ordered("label", "År", "category",
                ordered("index", List.of(year), "label", ordered(year, year))));
        dimension.put(JsonStatTables.ENTITY, ordered("label", "Rad", "category",
                category(rowIds, table.rows().stream().map(Table.Row::label).toList(), null)));
        dimension.put(JsonStatTables.MEASURE, ordered("label", "Kolonne", "category",
                category(columnIds, table.columns().stream().map(Table.Column::label).toList(), columnUnits(table, columnIds, decimals))));
        dataset.put("dimension", dimension);
        dataset.put("value", values);
        if (!status.isEmpty()) {
            dataset.put("status", status);
        }
        if (table.signConvention() != null && !table.signConvention().isBlank()) {
            dataset.put("note", List.of("Fortegn: " + table.signConvention()));
        }
        dataset.put("extension", ordered(JsonStatTables.EXTENSION, extension(open, info, table, columnIds, rowIds, texts, units)));
        return JSON.writeValueAsBytes(dataset);
    }

    private static Map<String, Object> extension(OpenTable open, DatasetInfo info, Table table, List<String> columnIds,
            List<String> rowIds, List<String> texts, List<String> units) {
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("table", open.id());
        putIfPresent(extension, "number", table.number());
        putIfPresent(extension, "caption", table.caption());
        extension.put("year", info.year());
        putIfPresent(extension, "release", info.release());
        extension.put("chapter", open.chapter());
        putIfPresent(extension, "chapterTitle", open.chapterTitle());
        putIfPresent(extension, "section", open.section());
        putIfPresent(extension, "sectionTitle", open.sectionTitle());
        putIfPresent(extension, "unit", table.unit());
        putIfPresent(extension, "signConvention", table.signConvention());
        extension.put("labelHeader", "");
        extension.put("columns", columnIds);
        extension.put("rowKinds", table.rows().stream().map(r -> r.kind() == null ? "line" : r.kind()).toList());
        Map<String, String> basis = new LinkedHashMap<>();
        for (int r = 0; r < rowIds.size(); r++) {
            Matcher m = BASIS.matcher(table.rows().get(r).label() == null ? "" : table.rows().get(r).label());
            if (m.find()) {
                basis.put(rowIds.get(r), m.group(1).trim());
            }
        }
        if (!basis.isEmpty()) {
            extension.put("basis", basis);
        }
        extension.put("text", texts);
        extension.put("cellUnit", units);
        Map<String, String> legend = new LinkedHashMap<>();
        JsonStatTables.STATUS.forEach((reason, symbol) -> legend.put(symbol, JsonStatTables.reasonName(reason)));
        legend.put(PreliminaryFigures.STATUS, PreliminaryFigures.LABEL);
        extension.put("status", legend);
        return extension;
    }

    private static Map<String, Object> category(List<String> ids, List<String> labels, Map<String, Object> units) {
        Map<String, String> labelOf = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            labelOf.put(ids.get(i), labels.get(i) == null ? "" : labels.get(i));
        }
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("index", ids);
        category.put("label", labelOf);
        if (units != null && !units.isEmpty()) {
            category.put("unit", units);
        }
        return category;
    }

    private static Map<String, Object> columnUnits(Table table, List<String> columnIds, int[] decimals) {
        Map<String, Object> units = new LinkedHashMap<>();
        for (int c = 0; c < columnIds.size(); c++) {
            String unit = table.columns().get(c).unit();
            if (unit != null && !unit.isBlank()) {
                units.put(columnIds.get(c), ordered("label", unit, "decimals", decimals[c]));
            }
        }
        return units;
    }

    private static String label(Table table) {
        String caption = table.caption() == null ? "" : table.caption();
        return table.number() == null || table.number().isBlank() ? caption : ("Tabell " + table.number() + " " + caption).trim();
    }

    /** Ids from labels or keys: lower-case ASCII words joined by "-", unique (a repeat gets "-2"), blanks by position. */
    static List<String> uniqueIds(List<String> labels, String prefix) {
        Set<String> used = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String base = slug(labels.get(i));
            if (base.isEmpty()) {
                base = prefix + "-" + (i + 1);
            }
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            ids.add(id);
        }
        return ids;
    }

    private static String slug(String label) {
        String text = label == null ? "" : label.replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("å", "a").replace("Å", "a");
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-$", "") : slug;
    }

    /** A map in the order given: Map.of's order differs between JVM runs, and the bytes must not. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
