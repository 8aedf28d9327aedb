package no.arsberetning.common.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * </ul>
 * Every problem in the file is collected and reported at once ({@link TabularFileException#problems()}).
 */
public final class JsonStatTables {

    public static final String PERIOD = "period";
    public static final String ENTITY = "entity";
    public static final String MEASURE = "measure";
    /** Most values accepted in one file. */
    public static final int MAX_CELLS = 1_000_000;
    /** The dataset extension the platform writes and reads. */
    public static final String EXTENSION = "arsberetning";

    /** Status symbol of each missing reason (Statistics Norway's standard signs). */
    public static final Map<MissingReason, String> STATUS = statusSymbols();

    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

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
        JsonNode root;
        try {
            root = EXACT.readTree(content);
        } catch (JacksonException e) {
            throw rejected(List.of(new FieldProblem("file", "Filen er ikke gyldig JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw rejected(List.of(new FieldProblem("file", "Filen er ikke et JSON-stat-datasett (forventet et objekt).")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!"dataset".equals(text(root, "class"))) {
            problems.add(new FieldProblem("class", "Bare JSON-stat «dataset» kan importeres (class må være «dataset»)."));
        }
        String version = text(root, "version");
        if (version == null || !version.startsWith("2")) {
            problems.add(new FieldProblem("version", "JSON-stat-versjon må være 2.0."));
        }
        List<Dimension> dimensions = dimensions(root, problems);
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        Dimension columns = columnDimension(root, dimensions);
        Dimension rows = rowDimension(dimensions, columns);
        if (columns == null || rows == null) {
            problems.add(new FieldProblem("id", "Filen må ha én dimensjon for kolonnene («" + MEASURE + "» eller role.metric) "
                    + "og én for radene («" + ENTITY + "»); dimensjonene er " + dimensions.stream().map(Dimension::id).toList() + "."));
            throw rejected(problems);
        }
        for (Dimension d : dimensions) {
            if (d != rows && d != columns && d.codes().size() != 1) {
                problems.add(new FieldProblem("dimension." + d.id(), "Dimensjonen «" + d.id() + "» må ha nøyaktig én kategori "
                        + "(en tabell har bare rader og kolonner), den har " + d.codes().size() + "."));
            }
        }
        long cells = dimensions.stream().mapToLong(d -> d.codes().size()).reduce(1, (a, b) -> Math.min(a * b, Integer.MAX_VALUE));
        if (cells > MAX_CELLS) {
            problems.add(new FieldProblem("size", "Tabellen er for stor: høyst " + MAX_CELLS + " verdier er tillatt."));
            throw rejected(problems);
        }
        int count = (int) cells;
        JsonNode extension = root.path("extension").path(EXTENSION);
        List<BigDecimal> values = values(root.get("value"), count, problems);
        List<String> statuses = statuses(root.get("status"), count, problems);
        List<String> texts = printedTexts(extension.get("text"), count, problems);
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        Map<String, MissingReason> legend = legend(extension.get("status"));
        int[] strides = strides(dimensions);
        int rowAxis = dimensions.indexOf(rows);
        int columnAxis = dimensions.indexOf(columns);
        List<List<String>> sheet = new ArrayList<>();
        List<String> header = new ArrayList<>();
        String labelHeader = text(extension, "labelHeader");
        header.add(labelHeader != null ? labelHeader : rows.label());
        columns.codes().forEach(code -> header.add(columns.labels().getOrDefault(code, code)));
        sheet.add(header);
        for (int r = 0; r < rows.codes().size(); r++) {
            List<String> line = new ArrayList<>();
            line.add(rows.labels().getOrDefault(rows.codes().get(r), rows.codes().get(r)));
            for (int c = 0; c < columns.codes().size(); c++) {
                int i = r * strides[rowAxis] + c * strides[columnAxis];
                line.add(cellText(values.get(i), statuses.get(i), texts.get(i), legend));
            }
            sheet.add(line);
        }
        String table = text(extension, "table");
        return new Sheet(table != null && !table.isBlank() ? table : name, sheet);
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

    /** A dimension: id, label, category codes in index order and their labels. */
    private record Dimension(String id, String label, List<String> codes, Map<String, String> labels) {
    }

    private static List<Dimension> dimensions(JsonNode root, List<FieldProblem> problems) {
        List<String> ids = strings(root.get("id"));
        JsonNode size = root.get("size");
        if (ids.isEmpty()) {
            problems.add(new FieldProblem("id", "Filen mangler «id» (dimensjonene i rekkefølge)."));
        }
        if (size == null || !size.isArray() || size.size() != ids.size()) {
            problems.add(new FieldProblem("size", "«size» må ha én størrelse per dimensjon i «id»."));
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < ids.size(); d++) {
            Dimension dimension = dimension(root.path("dimension").get(ids.get(d)), ids.get(d), problems);
            if (dimension == null) {
                continue;
            }
            dimensions.add(dimension);
            if (size != null && size.isArray() && d < size.size() && size.get(d).asInt(-1) != dimension.codes().size()) {
                problems.add(new FieldProblem("size[" + d + "]", "Dimensjonen «" + ids.get(d) + "» har "
                        + dimension.codes().size() + " kategorier, men «size» sier " + size.get(d).asString() + "."));
            }
        }
        return dimensions;
    }

    private static Dimension dimension(JsonNode node, String id, List<FieldProblem> problems) {
        String field = "dimension." + id;
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(field, "Dimensjonen «" + id + "» i «id» er ikke beskrevet under «dimension»."));
            return null;
        }
        JsonNode category = node.path("category");
        JsonNode index = category.get("index");
        JsonNode labelNode = category.get("label");
        List<String> codes = new ArrayList<>();
        if (index != null && index.isArray()) {
            index.forEach(c -> codes.add(c.asString()));
        } else if (index != null && index.isObject()) {
            String[] ordered = new String[index.size()];
            for (var entry : index.properties()) {
                int position = entry.getValue().asInt(-1);
                if (position < 0 || position >= ordered.length || ordered[position] != null) {
                    problems.add(new FieldProblem(field + ".category.index", "Ugyldig posisjon for «" + entry.getKey() + "»."));
                    return null;
                }
                ordered[position] = entry.getKey();
            }
            codes.addAll(List.of(ordered));
        } else if (labelNode != null && labelNode.isObject() && labelNode.size() == 1) {
            labelNode.propertyNames().forEach(codes::add);
        } else {
            problems.add(new FieldProblem(field + ".category.index", "Dimensjonen «" + id + "» mangler kategorier."));
            return null;
        }
        if (codes.stream().distinct().count() != codes.size()) {
            problems.add(new FieldProblem(field + ".category.index", "Dimensjonen «" + id + "» har samme kategori to ganger."));
            return null;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (labelNode != null && labelNode.isObject()) {
            for (var entry : labelNode.properties()) {
                labels.put(entry.getKey(), entry.getValue().asString());
            }
        }
        String label = text(node, "label");
        return new Dimension(id, label != null ? label : id, List.copyOf(codes), labels);
    }

    private static Dimension columnDimension(JsonNode root, List<Dimension> dimensions) {
        Dimension named = byId(dimensions, MEASURE);
        if (named != null) {
            return named;
        }
        List<String> metric = strings(root.path("role").get("metric"));
        return metric.size() == 1 ? byId(dimensions, metric.get(0)) : null;
    }

    private static Dimension rowDimension(List<Dimension> dimensions, Dimension columns) {
        Dimension named = byId(dimensions, ENTITY);
        if (named != null && named != columns) {
            return named;
        }
        List<Dimension> varying = dimensions.stream().filter(d -> d != columns && d.codes().size() > 1).toList();
        return varying.size() == 1 ? varying.get(0) : null;
    }

    private static Dimension byId(List<Dimension> dimensions, String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    /** Row-major positions: the last dimension varies fastest (JSON-stat's order). */
    private static int[] strides(List<Dimension> dimensions) {
        int[] strides = new int[dimensions.size()];
        int stride = 1;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= dimensions.get(d).codes().size();
        }
        return strides;
    }

    private static List<BigDecimal> values(JsonNode node, int count, List<FieldProblem> problems) {
        List<BigDecimal> values = new ArrayList<>(Collections.nCopies(count, (BigDecimal) null));
        if (node == null) {
            problems.add(new FieldProblem("value", "Filen mangler «value»."));
        } else if (node.isArray()) {
            if (node.size() != count) {
                problems.add(new FieldProblem("value", "«value» har " + node.size() + " verdier, men dimensjonene gir " + count + "."));
                return values;
            }
            for (int i = 0; i < count; i++) {
                values.set(i, number(node.get(i), "value[" + i + "]", problems));
            }
        } else if (node.isObject()) {
            for (var entry : node.properties()) {
                Integer i = position(entry.getKey(), count);
                if (i == null) {
                    problems.add(new FieldProblem("value." + entry.getKey(), "Ugyldig posisjon i «value»."));
                } else {
                    values.set(i, number(entry.getValue(), "value." + entry.getKey(), problems));
                }
            }
        } else {
            problems.add(new FieldProblem("value", "«value» må være en liste eller et objekt."));
        }
        return values;
    }

    private static BigDecimal number(JsonNode node, String field, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(new FieldProblem(field, "«" + node.asString() + "» er ikke et tall."));
            return null;
        }
        return node.decimalValue();
    }

    private static List<String> statuses(JsonNode node, int count, List<FieldProblem> problems) {
        List<String> statuses = new ArrayList<>(Collections.nCopies(count, (String) null));
        if (node == null || node.isNull()) {
            return statuses;
        }
        if (node.isString()) {
            Collections.fill(statuses, node.asString());
        } else if (node.isArray()) {
            if (node.size() != count) {
                problems.add(new FieldProblem("status", "«status» har " + node.size() + " verdier, men dimensjonene gir " + count + "."));
                return statuses;
            }
            for (int i = 0; i < count; i++) {
                statuses.set(i, node.get(i).isNull() ? null : node.get(i).asString());
            }
        } else if (node.isObject()) {
            for (var entry : node.properties()) {
                Integer i = position(entry.getKey(), count);
                if (i == null) {
                    problems.add(new FieldProblem("status." + entry.getKey(), "Ugyldig posisjon i «status»."));
                } else {
                    statuses.set(i, entry.getValue().asString());
                }
            }
        } else {
            problems.add(new FieldProblem("status", "«status» må være en tekst, en liste eller et objekt."));
        }
        return statuses;
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

    private static Integer position(String key, int count) {
        try {
            int i = Integer.parseInt(key);
            return i >= 0 && i < count ? i : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static TabularFileException rejected(List<FieldProblem> problems) {
        return new TabularFileException("JSON-stat-filen kan ikke leses: " + String.join("; ",
                problems.stream().map(p -> p.field() + ": " + p.message()).toList()), problems);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
