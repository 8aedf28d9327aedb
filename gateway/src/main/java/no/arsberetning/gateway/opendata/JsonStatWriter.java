package no.arsberetning.gateway.opendata;

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
import no.arsberetning.gateway.opendata.DataTable.DataRow;
import no.arsberetning.gateway.opendata.DataTable.Value;
import no.arsberetning.gateway.opendata.DataTable.ValueColumn;
import no.arsberetning.gateway.reports.document.Units;

/**
 * A table as a JSON-stat 2.0 dataset (docs/open-data.md), written from its {@link DataTable}: dimensions
 * {@code period} (the year, role time), {@code entity} (the data rows, every one labelled with its group and
 * leading texts; its other texts as category notes) and {@code measure} (the number columns); the role metric is
 * the measure, with each column's unit, or the rows where every number column takes its unit from the row (a
 * key-figure table); {@code value} exact decimals; {@code status} for every missing or preliminary value; the
 * table's footnotes and sign convention as {@code note}; {@code source} and {@code updated}. A table without number
 * columns has its text columns as measures, every value null with the text as its status.
 *
 * <p>{@code extension.arsberetning} holds what the platform's own import and a careful reader need: table number,
 * caption, year, release, chapter, each value's printed text and unit code, the status legend, the row kinds, and
 * {@code sheet}, the printed table cell by cell (a number cell as its index in {@code value}, any other cell as its
 * text), from which {@link JsonStatTables} rebuilds the table to import. Same table and info, same bytes.
 */
final class JsonStatWriter {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final Pattern BASIS = Pattern.compile("(?:\\bper|\\bpr\\.)\\s+([^,(*]+)");

    private JsonStatWriter() {
    }

    static byte[] write(OpenTable open, DataTable data, DatasetInfo info) {
        Table table = open.table();
        boolean textOnly = data.values().isEmpty();
        List<String> rowIds = data.rows().stream().map(DataRow::id).toList();
        List<String> columnIds = textOnly ? uniqueIds(data.texts().stream().map(t -> t.key() == null ? t.label() : t.key()).toList(), "kolonne")
                : uniqueIds(data.values().stream().map(v -> v.key() == null ? v.label() : v.key()).toList(), "kolonne");
        boolean rowsAreMetrics = !textOnly && data.values().stream().allMatch(ValueColumn::perRow);
        List<Object> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> units = new ArrayList<>();
        Map<String, String> status = new LinkedHashMap<>();
        for (DataRow row : data.rows()) {
            for (int c = 0; c < columnIds.size(); c++) {
                if (textOnly) {
                    String text = row.texts().get(c);
                    status.put(String.valueOf(values.size()), text.isBlank() ? JsonStatTables.STATUS.get(
                            no.arsberetning.common.report.MissingReason.NOT_REPORTED) : text);
                    values.add(null);
                    texts.add(text);
                    units.add(null);
                    continue;
                }
                Value value = row.values().get(c);
                if (value.status() != null) {
                    status.put(String.valueOf(values.size()), value.status());
                }
                values.add(value.number());
                texts.add(value.printed());
                units.add(value.unit());
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
        dataset.put("role", ordered("time", List.of(JsonStatTables.PERIOD), "metric",
                List.of(rowsAreMetrics ? JsonStatTables.ENTITY : JsonStatTables.MEASURE)));
        Map<String, Object> dimension = new LinkedHashMap<>();
        String year = String.valueOf(info.year());
        dimension.put(JsonStatTables.PERIOD, ordered("label", "År", "category", ordered("index", List.of(year), "label", ordered(year, year))));
        dimension.put(JsonStatTables.ENTITY, ordered("label", String.join(" – ", data.labelHeadings()),
                "category", rows(data, rowIds, rowsAreMetrics, textOnly)));
        dimension.put(JsonStatTables.MEASURE, ordered("label", "Kolonne", "category", columns(data, columnIds, textOnly, rowsAreMetrics)));
        dataset.put("dimension", dimension);
        dataset.put("value", values);
        if (!status.isEmpty()) {
            dataset.put("status", status);
        }
        List<String> notes = new ArrayList<>(data.notes());
        if (!textOnly && !rowsAreMetrics && data.values().stream().anyMatch(ValueColumn::perRow)) {
            notes.add("Kolonner uten enhet har enheten per rad (extension.arsberetning.cellUnit).");
        }
        if (!notes.isEmpty()) {
            dataset.put("note", notes);
        }
        dataset.put("extension", ordered(JsonStatTables.EXTENSION, extension(open, info, data, columnIds, texts, units, status)));
        return JSON.writeValueAsBytes(dataset);
    }

    private static Map<String, Object> rows(DataTable data, List<String> ids, boolean withUnits, boolean textOnly) {
        Map<String, Object> category = category(ids, data.rows().stream().map(r -> r.label().isBlank() ? r.id() : r.label()).toList());
        if (withUnits) {
            Map<String, Object> units = new LinkedHashMap<>();
            for (DataRow row : data.rows()) {
                String unit = row.values().stream().map(Value::unit).filter(u -> u != null).findFirst().orElse(null);
                int decimals = row.values().stream().filter(v -> v.number() != null).mapToInt(v -> Math.max(0, v.number().scale())).max().orElse(0);
                if (unit != null) {
                    units.put(row.id(), unitOf(unit, decimals));
                }
            }
            if (!units.isEmpty()) {
                category.put("unit", units);
            }
        }
        if (!textOnly && !data.texts().isEmpty()) {
            Map<String, List<String>> notes = new LinkedHashMap<>();
            for (DataRow row : data.rows()) {
                List<String> own = new ArrayList<>();
                for (int t = 0; t < data.texts().size(); t++) {
                    if (!row.texts().get(t).isBlank()) {
                        own.add(data.texts().get(t).label() + ": " + row.texts().get(t));
                    }
                }
                if (!own.isEmpty()) {
                    notes.put(row.id(), own);
                }
            }
            if (!notes.isEmpty()) {
                category.put("note", notes);
            }
        }
        return category;
    }

    private static Map<String, Object> columns(DataTable data, List<String> ids, boolean textOnly, boolean rowsAreMetrics) {
        if (textOnly) {
            return category(ids, data.texts().stream().map(DataTable.TextColumn::label).toList());
        }
        Map<String, Object> category = category(ids, data.values().stream().map(ValueColumn::label).toList());
        if (!rowsAreMetrics) {
            Map<String, Object> units = new LinkedHashMap<>();
            for (int c = 0; c < ids.size(); c++) {
                ValueColumn column = data.values().get(c);
                if (!column.perRow()) {
                    units.put(ids.get(c), unitOf(column.unit(), column.decimals()));
                }
            }
            if (!units.isEmpty()) {
                category.put("unit", units);
            }
        }
        return category;
    }

    private static Map<String, Object> unitOf(String code, int decimals) {
        String label = Units.label(code);
        return ordered("label", label == null ? code : label, "decimals", decimals);
    }

    private static Map<String, Object> extension(OpenTable open, DatasetInfo info, DataTable data, List<String> columnIds,
            List<String> texts, List<String> units, Map<String, String> status) {
        Table table = open.table();
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
        extension.put("rowKinds", data.rows().stream().map(DataRow::kind).toList());
        Map<String, String> basis = new LinkedHashMap<>();
        for (DataRow row : data.rows()) {
            Matcher m = BASIS.matcher(row.label());
            if (m.find()) {
                basis.put(row.id(), m.group(1).trim());
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
        extension.put("sheet", sheet(table, data, columnIds.size()));
        return extension;
    }

    /**
     * The printed table for the import: the heading over the row labels, the column labels and every row (label, kind,
     * cells), a cell that is in the cube as its index in {@code value}, any other as its printed text.
     */
    private static Map<String, Object> sheet(Table table, DataTable data, int width) {
        Map<Integer, Integer> rowIndex = new LinkedHashMap<>();
        for (int r = 0; r < data.rows().size(); r++) {
            rowIndex.put(data.rows().get(r).source(), r);
        }
        Map<Integer, Integer> columnIndex = new LinkedHashMap<>();
        boolean textOnly = data.values().isEmpty();
        for (int c = 0; c < (textOnly ? data.texts().size() : data.values().size()); c++) {
            columnIndex.put(textOnly ? data.texts().get(c).source() : data.values().get(c).source(), c);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                Integer inCube = rowIndex.containsKey(r) && columnIndex.containsKey(c) ? rowIndex.get(r) * width + columnIndex.get(c) : null;
                Table.Cell cell = row.cells() != null && c < row.cells().size() ? row.cells().get(c) : null;
                cells.add(inCube != null ? inCube : cell == null || cell.text() == null ? "" : cell.text());
            }
            rows.add(ordered("label", row.label() == null ? "" : row.label(), "kind", row.kind() == null ? "line" : row.kind(), "cells", cells));
        }
        return ordered("labelHeader", table.labelHeader() == null ? "" : table.labelHeader(),
                "columns", table.columns().stream().map(c -> c.label() == null ? "" : c.label()).toList(), "rows", rows);
    }

    private static Map<String, Object> category(List<String> ids, List<String> labels) {
        Map<String, String> labelOf = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            labelOf.put(ids.get(i), labels.get(i) == null ? "" : labels.get(i));
        }
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("index", ids);
        category.put("label", labelOf);
        return category;
    }

    private static String label(Table table) {
        String caption = table.caption() == null ? "" : DataTable.plain(table.caption());
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

    /** Lower-case ASCII words joined by "-" (æ → ae, ø → o, å → a), at most 80 characters. */
    static String slug(String label) {
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
