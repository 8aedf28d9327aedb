package no.arsberetning.common.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reads the tables of a demo-data file (docs/demo-data-format.md) as drafts for the {@link TableImporter}.
 * Keys: the printed number where it is unique in the file, else the number with "-2", "-3" for the
 * second and third table printed under it, and "tabell-N" for the N-th unnumbered table. A table may
 * give its column labels as a reader reads them ({@code columnLabels}, label column included) where
 * the printed header rows cannot be joined mechanically (a word broken over two header lines).
 */
public final class DemoChapterFile {

    private DemoChapterFile() {
    }

    public static int year(JsonNode file) {
        return file.get("year").asInt();
    }

    public static List<TableDraft> tables(JsonNode file) {
        List<TableDraft> drafts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int unnumbered = 0;
        JsonNode tables = file.path("tables");
        for (int i = 0; i < tables.size(); i++) {
            JsonNode t = tables.get(i);
            String number = text(t, "number");
            String key;
            if (number == null) {
                key = "tabell-" + (++unnumbered);
            } else {
                int n = seen.merge(number, 1, Integer::sum);
                key = n == 1 ? number : number + "-" + n;
            }
            List<String> columns = strings(t.path("columns"));
            List<TableDraft.DraftRow> rows = new ArrayList<>();
            for (JsonNode row : t.path("rows")) {
                List<String> cells = strings(row.path("cells"));
                String label = cells.isEmpty() ? "" : cells.get(0);
                rows.add(new TableDraft.DraftRow(label, text(row, "kind"), cells.size() > 1 ? cells.subList(1, cells.size()) : List.of()));
            }
            List<List<String>> headerRows = new ArrayList<>();
            t.path("headerRows").forEach(h -> headerRows.add(strings(h)));
            String chapter = text(t, "chapter") != null ? text(t, "chapter") : text(file, "chapter");
            List<String> labels = t.has("columnLabels") ? strings(t.path("columnLabels")) : headerLabels(columns, headerRows);
            List<List<String>> printedHeader = new ArrayList<>();
            if (!headerRows.isEmpty()) {
                printedHeader.add(columns);
                printedHeader.addAll(headerRows);
            }
            drafts.add(new TableDraft(key, i, chapter, number, text(t, "caption"), text(t, "unit"),
                    text(t, "signConvention"), strings(t.path("areas")), labels.isEmpty() ? "" : labels.get(0),
                    labels.size() > 1 ? labels.subList(1, labels.size()) : List.of(), printedHeader, rows));
        }
        return drafts;
    }

    /**
     * A column's label as a reader of the printed table reads it: a header printed over several rows is
     * joined top to bottom, the top row's group carried over the columns under it ("Kvinne" over
     * "Antall", "Årsverk" → "Kvinne Antall", "Kvinne Årsverk"). Without extra header rows, the header.
     */
    static List<String> headerLabels(List<String> top, List<List<String>> below) {
        if (below.isEmpty()) {
            return top;
        }
        List<String> labels = new ArrayList<>();
        String group = "";
        for (int c = 0; c < top.size(); c++) {
            String own = top.get(c).trim();
            if (c > 0 && !own.isEmpty()) {
                group = own;
            }
            StringBuilder label = new StringBuilder(c == 0 ? own : group);
            String previous = label.toString();
            for (List<String> row : below) {
                String part = c < row.size() ? row.get(c).trim() : "";
                if (!part.isEmpty() && !part.equals(previous)) {
                    label.append(label.length() == 0 ? "" : " ").append(part);
                    previous = part;
                }
            }
            labels.add(label.toString().trim());
        }
        return labels;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.isNull() ? "" : v.asString()));
        return values;
    }
}
