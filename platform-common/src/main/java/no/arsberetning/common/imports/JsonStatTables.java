package no.arsberetning.common.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import no.arsberetning.common.imports.JsonStatDataset.Dimension;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.problem.Problems.FieldProblem;
import no.arsberetning.common.report.MissingReason;

/**
 * Reads a JSON-stat 2.0 dataset holding one table into a {@link Sheet}, the third input format of
 * {@link TabularFiles} next to CSV and XLSX, so a table downloaded as JSON-stat from a release imports back
 * through the same import path (see docs/open-data.md for the format the gateway writes).
 *
 * <ul>
 *   <li>Columns are the {@value #MEASURE} dimension (or the one with role {@code metric}); rows the
 *       {@value #ENTITY} dimension (or the only other dimension with more than one category). Every further
 *       dimension (the period) must have exactly one category.</li>
 *   <li>The header row is the row dimension's label (or {@code extension.arsberetning.labelHeader}) and the
 *       column categories' labels; each row is the row category's label and one text per cell.</li>
 *   <li>A cell's text: the printed text in {@code extension.arsberetning.text} when it says the same as the value
 *       (the same number, or a missing value when the value is null); otherwise the value wins, written the
 *       Norwegian way ({@code 1 982,2}), or, for a null value, the printed marker of the status' missing reason.</li>
 *   <li>Status symbols are Statistics Norway's ({@link #STATUS}); {@code *} (preliminary) keeps the value.</li>
 *   <li>The sheet is named by {@code extension.arsberetning.table} (the table's number), else the file name.</li>
 *   <li>A file the platform wrote carries the printed table cell by cell in {@code extension.arsberetning.sheet}
 *       (headings, notes and text columns are not in its cube): the sheet is that table, each number cell read
 *       from the dataset as above.</li>
 * </ul>
 * The file is read by {@link JsonStatDataset}; every problem in the file is collected and reported at once
 * ({@link TabularFileException#problems()}).
 */
public final class JsonStatTables {

    public static final String PERIOD = "period";
    public static final String ENTITY = "entity";
    public static final String MEASURE = "measure";
    /** The dataset extension the platform writes and reads. */
    public static final String EXTENSION = "arsberetning";

    /** Status symbol of each missing reason (Statistics Norway's standard signs). */
    public static final Map<MissingReason, String> STATUS = statusSymbols();

    private JsonStatTables() {
    }

    /** The printed text {@link PrintedNumbers} reads as this missing reason ({@code ""} when it has none). */
    public static String marker(MissingReason reason) {
        return switch (reason) {
            case NOT_AVAILABLE_YET -> "..";
            case NOT_APPLICABLE -> ":";
            case ZERO -> "-";
            case NOT_REPORTED, SUPPRESSED -> "";
        };
    }

    static Sheet read(String name, byte[] content) {
        TableShape shape = new TableShape();
        JsonStatDataset dataset = JsonStatDataset.read(content, JsonStatDataset.Rules.platform(shape));
        Dimension rows = shape.rows;
        Dimension columns = shape.columns;
        JsonNode extension = dataset.extension().path(EXTENSION);
        Map<String, MissingReason> legend = legend(extension.get("status"));
        String table = JsonStatDataset.text(extension, "table");
        String sheetName = table != null && !table.isBlank() ? table : name;
        if (extension.path("sheet").isObject()) {
            return new Sheet(sheetName, printed(extension.get("sheet"), dataset, shape.texts, legend));
        }
        int[] strides = dataset.strides();
        int rowAxis = dataset.dimensions().indexOf(rows);
        int columnAxis = dataset.dimensions().indexOf(columns);
        List<List<String>> sheet = new ArrayList<>();
        List<String> header = new ArrayList<>();
        String labelHeader = JsonStatDataset.text(extension, "labelHeader");
        header.add(labelHeader != null ? labelHeader : rows.label());
        columns.codes().forEach(code -> header.add(columns.labelOf(code)));
        sheet.add(header);
        for (int r = 0; r < rows.codes().size(); r++) {
            List<String> line = new ArrayList<>();
            line.add(rows.labelOf(rows.codes().get(r)));
            for (int c = 0; c < columns.codes().size(); c++) {
                int i = r * strides[rowAxis] + c * strides[columnAxis];
                line.add(cellText(dataset.values().get(i), dataset.statuses().get(i), shape.texts.get(i), legend));
            }
            sheet.add(line);
        }
        return new Sheet(sheetName, sheet);
    }

    /**
     * The printed table a file of the platform carries in {@code extension.arsberetning.sheet}: the heading over the row
     * labels, the column labels, and each row's label and cells, a cell that is a number of the dataset as its index in
     * {@code value} (so a changed value is imported) and any other as its printed text.
     */
    private static List<List<String>> printed(JsonNode sheet, JsonStatDataset dataset, List<String> texts,
            Map<String, MissingReason> legend) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(sheet.path("labelHeader").asString(""));
        sheet.path("columns").forEach(c -> header.add(c.asString("")));
        rows.add(header);
        for (JsonNode row : sheet.path("rows")) {
            List<String> line = new ArrayList<>();
            line.add(row.path("label").asString(""));
            for (JsonNode cell : row.path("cells")) {
                int i = cell.isIntegralNumber() ? cell.asInt() : -1;
                line.add(i >= 0 && i < dataset.values().size()
                        ? cellText(dataset.values().get(i), dataset.statuses().get(i), texts.get(i), legend) : cell.asString(""));
            }
            rows.add(line);
        }
        return rows;
    }

    private static String cellText(BigDecimal value, String status, String printed, Map<String, MissingReason> legend) {
        PrintedNumbers.Parsed parsed = printed == null ? null : PrintedNumbers.parse(printed);
        if (value != null) {
            boolean same = parsed != null && parsed.isNumber() && parsed.value().compareTo(value) == 0;
            return same ? printed : PrintedNumbers.format(value);
        }
        if (printed != null && (parsed.isMissing() || !parsed.isNumber())) {
            return printed;
        }
        MissingReason reason = status == null ? null : legend.get(status.trim());
        return reason == null ? "" : marker(reason);
    }

    /**
     * The table in the dataset: which dimension holds the columns and which the rows (every other one must have
     * one category), and the printed texts of {@code extension.arsberetning.text}; problems are reported with
     * the reader's.
     */
    private static final class TableShape implements JsonStatDataset.Checks {

        private Dimension columns;
        private Dimension rows;
        private List<String> texts;

        @Override
        public void structure(JsonStatDataset dataset, List<FieldProblem> problems) {
            List<Dimension> dimensions = dataset.dimensions();
            columns = columnDimension(dataset);
            rows = rowDimension(dataset, columns);
            if (columns == null || rows == null) {
                problems.add(new FieldProblem("id", "Filen må ha én dimensjon for kolonnene («" + MEASURE + "» eller role.metric) "
                        + "og én for radene («" + ENTITY + "»); dimensjonene er " + dimensions.stream().map(Dimension::id).toList() + "."));
                throw JsonStatDataset.rejected(problems);
            }
            for (Dimension d : dimensions) {
                if (d != rows && d != columns && d.codes().size() != 1) {
                    problems.add(new FieldProblem("dimension." + d.id(), "Dimensjonen «" + d.id() + "» må ha nøyaktig én kategori "
                            + "(en tabell har bare rader og kolonner), den har " + d.codes().size() + "."));
                }
            }
        }

        @Override
        public void contents(JsonStatDataset dataset, List<FieldProblem> problems) {
            texts = printedTexts(dataset.extension().path(EXTENSION).get("text"), dataset.values().size(), problems);
        }
    }

    private static Dimension columnDimension(JsonStatDataset dataset) {
        Optional<Dimension> named = dataset.dimension(MEASURE);
        if (named.isPresent()) {
            return named.get();
        }
        List<String> metric = dataset.roles().getOrDefault("metric", List.of());
        return metric.size() == 1 ? dataset.dimension(metric.get(0)).orElse(null) : null;
    }

    private static Dimension rowDimension(JsonStatDataset dataset, Dimension columns) {
        Dimension named = dataset.dimension(ENTITY).orElse(null);
        if (named != null && named != columns) {
            return named;
        }
        List<Dimension> varying = dataset.dimensions().stream().filter(d -> d != columns && d.codes().size() > 1).toList();
        return varying.size() == 1 ? varying.get(0) : null;
    }

    private static List<String> printedTexts(JsonNode node, int count, List<FieldProblem> problems) {
        List<String> texts = new ArrayList<>(Collections.nCopies(count, (String) null));
        if (node == null || node.isNull()) {
            return texts;
        }
        String field = "extension." + EXTENSION + ".text";
        if (!node.isArray() || node.size() != count) {
            problems.add(new FieldProblem(field, "«text» må være en liste med én tekst per verdi (" + count + ")."));
            return texts;
        }
        for (int i = 0; i < count; i++) {
            JsonNode text = node.get(i);
            if (!text.isNull() && !text.isString()) {
                problems.add(new FieldProblem(field + "[" + i + "]", "Må være en tekst eller null."));
            } else {
                texts.set(i, text.isNull() ? null : text.asString());
            }
        }
        return texts;
    }

    /** The file's own status legend (symbol → reason name) over the standard symbols. */
    private static Map<String, MissingReason> legend(JsonNode node) {
        Map<String, MissingReason> legend = new LinkedHashMap<>();
        STATUS.forEach((reason, symbol) -> legend.put(symbol, reason));
        legend.put("...", MissingReason.NOT_REPORTED);
        if (node != null && node.isObject()) {
            for (var entry : node.properties()) {
                for (MissingReason reason : MissingReason.values()) {
                    if (reasonName(reason).equals(entry.getValue().asString())) {
                        legend.put(entry.getKey(), reason);
                    }
                }
            }
        }
        return legend;
    }

    /** The reason's name as the report's JSON spells it ({@code not-available-yet}). */
    public static String reasonName(MissingReason reason) {
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static Map<MissingReason, String> statusSymbols() {
        Map<MissingReason, String> symbols = new LinkedHashMap<>();
        symbols.put(MissingReason.NOT_AVAILABLE_YET, "..");
        symbols.put(MissingReason.NOT_APPLICABLE, ".");
        symbols.put(MissingReason.NOT_REPORTED, "...");
        symbols.put(MissingReason.ZERO, "-");
        symbols.put(MissingReason.SUPPRESSED, ":");
        return Collections.unmodifiableMap(symbols);
    }
}
