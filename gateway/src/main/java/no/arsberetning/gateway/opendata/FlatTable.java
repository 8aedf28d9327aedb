package no.arsberetning.gateway.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import no.arsberetning.gateway.opendata.DataTable.DataRow;
import no.arsberetning.gateway.opendata.DataTable.Value;
import no.arsberetning.gateway.opendata.DataTable.ValueColumn;
import no.arsberetning.gateway.reports.document.Units;

/**
 * A {@link DataTable} as one flat sheet, the layout of the CSV file and the workbook's first sheet: the label
 * columns; each number column (its unit in the heading when it has one) followed by its status column where a
 * value of it is missing or preliminary; the rows' unit where number columns mix units ("Enhet", one column when
 * every such column has the row's unit); the text columns; and the row type ("Radtype": linje, delsum, sum) where
 * some rows are sums.
 */
record FlatTable(List<FlatColumn> columns, List<List<Object>> rows) {

    /** What a column holds; a {@link Kind#NUMBER} cell is a {@link Value} (its number may be null), every other a string. */
    enum Kind { LABEL, NUMBER, STATUS, UNIT, TEXT, ROW_TYPE }

    /**
     * A column: {@code name} a stable identifier (CSVW), {@code title} its heading, {@code unit} the unit code of a
     * number column whose values share one, {@code percent} whether those are percentages, {@code decimals} the most
     * printed.
     */
    record FlatColumn(String name, String title, Kind kind, String unit, int decimals, String describes) {

        boolean percent() {
            return "percent".equalsIgnoreCase(unit);
        }
    }

    static FlatTable of(DataTable table) {
        List<FlatColumn> columns = new ArrayList<>();
        List<java.util.function.Function<DataRow, Object>> cells = new ArrayList<>();
        for (int l = 0; l < table.labelHeadings().size(); l++) {
            final int label = l;
            columns.add(new FlatColumn("etikett-" + (l + 1), table.labelHeadings().get(l), Kind.LABEL, null, 0, null));
            cells.add(row -> row.labels().get(label));
        }
        List<ValueColumn> perRow = table.values().stream().filter(ValueColumn::perRow).toList();
        boolean oneUnitColumn = !perRow.isEmpty() && table.rows().stream().allMatch(row -> sameUnit(table, row));
        if (oneUnitColumn) {
            int first = table.values().indexOf(perRow.get(0));
            columns.add(new FlatColumn("enhet", "Enhet", Kind.UNIT, null, 0, null));
            cells.add(row -> unitLabel(row.values().get(first).unit()));
        }
        for (int v = 0; v < table.values().size(); v++) {
            final int value = v;
            ValueColumn column = table.values().get(v);
            String unitLabel = Units.label(column.unit());
            String name = JsonStatWriter.slug(column.key() == null ? column.label() : column.key());
            columns.add(new FlatColumn(name, column.label() + (unitLabel == null ? "" : " (" + unitLabel + ")"), Kind.NUMBER,
                    column.unit(), column.decimals(), null));
            cells.add(row -> row.values().get(value));
            if (table.rows().stream().anyMatch(row -> row.values().get(value).status() != null)) {
                columns.add(new FlatColumn(name + "-status", column.label() + " (status)", Kind.STATUS, null, 0, name));
                cells.add(row -> Objects.requireNonNullElse(row.values().get(value).status(), ""));
            }
            if (column.perRow() && !oneUnitColumn) {
                columns.add(new FlatColumn(name + "-enhet", column.label() + " (enhet)", Kind.UNIT, null, 0, name));
                cells.add(row -> unitLabel(row.values().get(value).unit()));
            }
        }
        for (int t = 0; t < table.texts().size(); t++) {
            final int text = t;
            columns.add(new FlatColumn(JsonStatWriter.slug(table.texts().get(t).label()) + "-tekst", table.texts().get(t).label(),
                    Kind.TEXT, null, 0, null));
            cells.add(row -> row.texts().get(text));
        }
        if (table.hasSums()) {
            columns.add(new FlatColumn("radtype", "Radtype", Kind.ROW_TYPE, null, 0, null));
            cells.add(row -> rowType(row.kind()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DataRow row : table.rows()) {
            List<Object> line = new ArrayList<>();
            cells.forEach(cell -> line.add(cell.apply(row)));
            rows.add(line);
        }
        return new FlatTable(List.copyOf(columns), List.copyOf(rows));
    }

    /** "linje", "delsum", "sum". */
    static String rowType(String kind) {
        return switch (kind) {
            case "subtotal" -> "delsum";
            case "total" -> "sum";
            default -> "linje";
        };
    }

    private static boolean sameUnit(DataTable table, DataRow row) {
        String unit = null;
        boolean first = true;
        for (int v = 0; v < table.values().size(); v++) {
            if (table.values().get(v).perRow()) {
                Value value = row.values().get(v);
                if (!first && !Objects.equals(unit, value.unit())) {
                    return false;
                }
                unit = value.unit();
                first = false;
            }
        }
        return true;
    }

    private static String unitLabel(String unit) {
        String label = Units.label(unit);
        return label == null ? "" : label;
    }
}
