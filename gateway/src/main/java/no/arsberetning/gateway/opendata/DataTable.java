package no.arsberetning.gateway.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jsoup.Jsoup;

import no.arsberetning.common.imports.JsonStatTables;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;

/**
 * A printed table as a statistics office publishes it, the one model every download is written from: rows of
 * data only (a heading row becomes the group of the rows under it, a footnote row a note), every row with its
 * labels (a label printed only on the first row of its group is repeated; text columns before the first number
 * column are labels too; a table without numbers has only text columns), number columns holding numbers (with the unit of the column, or of each row where the
 * column mixes units) and a status where a number is missing or preliminary, and the other text columns as text.
 * Markup is gone; texts are plain.
 *
 * @param labelHeadings the heading of each label column (never blank)
 * @param values the number columns
 * @param texts the text columns after the labels
 * @param rows the data rows, in printed order
 * @param notes the table's footnotes and its sign convention, as sentences
 */
record DataTable(List<String> labelHeadings, List<ValueColumn> values, List<TextColumn> texts, List<DataRow> rows,
        List<String> notes) {

    /** The heading of the row labels when the print has none. */
    static final String ROW_HEADING = "Rad";
    /** The heading of the group labels taken from the table's heading rows. */
    static final String GROUP_HEADING = "Gruppe";

    /**
     * A number column. {@code source}: its index among the table's columns; {@code unit} its unit code, null when the
     * rows have units of their own ({@link Value#unit()}); {@code decimals} the most decimals printed in it.
     */
    record ValueColumn(int source, String key, String label, String unit, int decimals) {

        boolean perRow() {
            return unit == null;
        }
    }

    record TextColumn(int source, String key, String label) {
    }

    /**
     * A data row. {@code source}: its index among the table's rows; {@code id} unique in the table; {@code kind}
     * line, subtotal or total; {@code labels} one per label column; one value per number column, one text per text
     * column.
     */
    record DataRow(int source, String id, String kind, List<String> labels, List<Value> values, List<String> texts) {

        /** The labels joined ("Fagarbeiderstillinger og tilsvarende – Botiltak og dagtilbud"), blanks left out. */
        String label() {
            return String.join(" – ", labels.stream().filter(l -> !l.isBlank()).toList());
        }
    }

    /**
     * A number, or why it is missing. {@code status}: Statistics Norway's symbol ({@link JsonStatTables#STATUS},
     * {@code *} preliminary), or the printed text where the print has words instead of a number ("~ 100 prosent");
     * null for a plain number. {@code printed}: the text as printed.
     */
    record Value(BigDecimal number, String unit, String status, String printed) {
    }

    /** Whether any row is a sum (subtotal or total): readers must not add those to the lines. */
    boolean hasSums() {
        return rows.stream().anyMatch(r -> !"line".equals(r.kind()));
    }

    /** The table in this model. {@code preliminary}: for each of the table's columns, whether its figures are preliminary. */
    static DataTable of(Table table, boolean[] preliminary) {
        List<Table.Column> columns = table.columns() == null ? List.of() : table.columns();
        List<Table.Row> printed = table.rows() == null ? List.of() : table.rows();
        boolean[] numbers = new boolean[columns.size()];
        int firstNumber = -1;
        for (int c = 0; c < columns.size(); c++) {
            numbers[c] = isNumberColumn(columns.get(c), printed, c);
            firstNumber = firstNumber < 0 && numbers[c] ? c : firstNumber;
        }
        boolean groups = printed.stream().anyMatch(DataTable::isGroupHeading);
        List<String> headings = new ArrayList<>();
        if (groups) {
            headings.add(GROUP_HEADING);
        }
        headings.add(blank(table.labelHeader()) ? ROW_HEADING : plain(table.labelHeader()));
        List<Integer> labelColumns = new ArrayList<>();
        List<TextColumn> texts = new ArrayList<>();
        List<Integer> valueSources = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            String label = plain(columns.get(c).label());
            if (numbers[c]) {
                valueSources.add(c);
            } else if (firstNumber >= 0 && c < firstNumber) {
                labelColumns.add(c);
                headings.add(label.isBlank() ? "Tekst " + (labelColumns.size()) : label);
            } else {
                texts.add(new TextColumn(c, columns.get(c).key(), label.isBlank() ? "Merknad" : label));
            }
        }
        List<DataRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String group = "";
        String previousLabel = "";
        List<List<Value>> values = new ArrayList<>();
        for (int r = 0; r < printed.size(); r++) {
            Table.Row row = printed.get(r);
            if ("note".equals(row.kind())) {
                notes.add(plain(row.label()));
                continue;
            }
            if (isGroupHeading(row)) {
                group = plain(row.label());
                continue;
            }
            String label = plain(row.label());
            if (label.isBlank() && !previousLabel.isBlank()) {
                label = previousLabel;
            }
            previousLabel = label;
            List<String> labels = new ArrayList<>();
            if (groups) {
                labels.add(group);
            }
            labels.add(label);
            labelColumns.forEach(c -> labels.add(plain(text(cell(row, c)))));
            List<Value> rowValues = new ArrayList<>();
            for (int c : valueSources) {
                rowValues.add(value(cell(row, c), columns.get(c), table, label, c < preliminary.length && preliminary[c]));
            }
            values.add(rowValues);
            List<String> rowTexts = texts.stream().map(t -> plain(text(cell(row, t.source())))).toList();
            String kind = "subtotal".equals(row.kind()) || "total".equals(row.kind()) ? row.kind() : "line";
            rows.add(new DataRow(r, null, kind, List.copyOf(labels), rowValues, rowTexts));
        }
        List<ValueColumn> valueColumns = valueColumns(columns, valueSources, values);
        rows = withIds(rows, valueColumns, valueSources);
        if (!blank(table.signConvention())) {
            notes.add("Fortegn: " + plain(table.signConvention()));
        }
        return new DataTable(List.copyOf(headings), valueColumns, List.copyOf(texts), rows, List.copyOf(notes));
    }

    /**
     * A number column: one the source says holds numbers (it gives it a unit), or one whose cells are numbers at least
     * as often as they are words, with at least one number.
     */
    private static boolean isNumberColumn(Table.Column column, List<Table.Row> rows, int c) {
        if (!blank(column.unit())) {
            return true;
        }
        int numbers = 0;
        int words = 0;
        for (Table.Row row : rows) {
            if (isData(row)) {
                Cell cell = cell(row, c);
                if (cell != null && cell.value() != null) {
                    numbers++;
                } else if (cell != null && cell.reason() == null && !blank(cell.text())) {
                    words++;
                }
            }
        }
        return numbers > 0 && numbers >= words;
    }

    /** A heading row without numbers: the group of the rows under it. */
    private static boolean isGroupHeading(Table.Row row) {
        return "heading".equals(row.kind()) && (row.cells() == null || row.cells().stream().allMatch(c -> c == null || c.value() == null));
    }

    private static boolean isData(Table.Row row) {
        return !"note".equals(row.kind()) && !isGroupHeading(row);
    }

    private static Value value(Cell cell, Table.Column column, Table table, String rowLabel, boolean preliminary) {
        String printed = text(cell);
        String unit = firstKnown(cell == null ? null : cell.unit(), column.unit(), table.unit());
        if (unit == null) {
            unit = RowUnits.of(rowLabel);
        }
        if (cell != null && cell.value() != null) {
            return new Value(cell.value(), unit, preliminary ? PreliminaryFigures.STATUS : null, printed);
        }
        if (cell != null && cell.reason() != null) {
            return new Value(null, unit, JsonStatTables.STATUS.get(cell.reason()), printed);
        }
        return new Value(null, unit, blank(printed) ? JsonStatTables.STATUS.get(no.arsberetning.common.report.MissingReason.NOT_REPORTED)
                : plain(printed), printed);
    }

    /** Label, unit (shared by every value, else per row) and decimals of each number column; an empty unlabelled one goes. */
    private static List<ValueColumn> valueColumns(List<Table.Column> columns, List<Integer> sources, List<List<Value>> values) {
        List<ValueColumn> result = new ArrayList<>();
        Set<String> blanks = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            final int index = i;
            Table.Column column = columns.get(sources.get(i));
            Set<String> units = new LinkedHashSet<>();
            int decimals = 0;
            boolean any = false;
            for (List<Value> row : values) {
                Value value = row.get(index);
                units.add(value.unit());
                if (value.number() != null) {
                    any = true;
                    decimals = Math.max(decimals, Math.max(0, value.number().scale()));
                }
            }
            String label = plain(column.label());
            if (label.isBlank() && !any) {
                result.add(null);
                continue;
            }
            if (label.isBlank()) {
                label = blanks.add("Verdi") ? "Verdi" : "Verdi " + (index + 1);
            }
            String unit = units.size() == 1 ? units.iterator().next() : null;
            result.add(new ValueColumn(sources.get(index), column.key(), label, unit, decimals));
        }
        return result;
    }

    /** Rows with their ids, and with the values of dropped (empty, unlabelled) columns left out. */
    private static List<DataRow> withIds(List<DataRow> rows, List<ValueColumn> columns, List<Integer> sources) {
        List<String> ids = JsonStatWriter.uniqueIds(rows.stream().map(DataRow::label).toList(), "rad");
        List<DataRow> result = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            DataRow row = rows.get(r);
            List<Value> kept = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                if (columns.get(i) != null) {
                    kept.add(row.values().get(i));
                }
            }
            result.add(new DataRow(row.source(), ids.get(r), row.kind(), row.labels(), List.copyOf(kept), row.texts()));
        }
        columns.removeIf(Objects::isNull);
        return List.copyOf(result);
    }

    private static Cell cell(Table.Row row, int c) {
        return row.cells() != null && c < row.cells().size() ? row.cells().get(c) : null;
    }

    private static String text(Cell cell) {
        return cell == null || cell.text() == null ? "" : cell.text();
    }

    private static String firstKnown(String... units) {
        for (String unit : units) {
            if (!blank(unit) && !"mixed".equalsIgnoreCase(unit)) {
                return unit;
            }
        }
        return null;
    }

    /** The text without markup and with single spaces (a no-break space stays). */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.indexOf('<') >= 0 ? Jsoup.parse(text).text() : text;
        return plain.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
