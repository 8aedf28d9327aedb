package no.arsberetning.common.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.arsberetning.common.problem.Problems.FieldProblem;

/**
 * A JSON-stat 2.0 dataset as read from a file: its dimensions (id, label, role, categories with labels and
 * units, in index order), the values (exact decimals; {@code value} as an array or a sparse object) and the
 * status symbols ({@code status} as one text, an array or a sparse object), each position in JSON-stat's
 * row-major order (the last dimension varies fastest), plus the dataset's {@code label}, {@code source},
 * {@code updated} and {@code extension}. The one JSON-stat reader of the platform: the table import
 * ({@link JsonStatTables}) and the key-figure import of Statistics Norway files build on it.
 * <p>
 * Every problem in the file is collected and reported at once as a {@link TabularFileException} whose
 * {@link TabularFileException#problems() problems} name the place in the file ({@code dimension.x.category.index},
 * {@code value[3]}, ...). What a file must say beyond JSON-stat itself is given by {@link Rules}; a reader
 * can add its own problems at two points through {@link Checks}.
 */
public record JsonStatDataset(String label, String source, Instant updated, List<Dimension> dimensions,
        Map<String, List<String>> roles, List<BigDecimal> values, List<String> statuses, JsonNode extension) {

    /** Most values accepted in one file. */
    public static final int MAX_VALUES = 1_000_000;

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * A dimension: its id, label (the id when it has none), role ({@code time}, {@code geo}, {@code metric} or
     * null), category codes in index order, their labels and units (code → label / unit; may lack codes).
     */
    public record Dimension(String id, String label, String role, List<String> codes, Map<String, String> labels,
            Map<String, Unit> units) {

        /** The category's label, or its code when it has none. */
        public String labelOf(String code) {
            return labels.getOrDefault(code, code);
        }
    }

    /** A category's unit: its base ({@code base}, else {@code label}) and number of decimals (may be null). */
    public record Unit(String base, Integer decimals) {
    }

    /**
     * What a file must say beyond JSON-stat. {@code headerRequired}: {@code class} and {@code version} must be
     * present (else they are only checked when present); {@code timeRequired}: a dimension must have role
     * {@code time}; {@code updatedChecked}: an {@code updated} that is no ISO 8601 time is a problem (else it
     * reads as null).
     */
    public record Rules(boolean headerRequired, boolean timeRequired, boolean updatedChecked, Checks checks) {

        /** Statistics files (Statistics Norway's PxWebApi {@code json-stat2}): time role and a valid {@code updated}. */
        public static final Rules STATISTICS = new Rules(false, true, true, Checks.NONE);

        /** Files the platform wrote: {@code class} and {@code version} required, the reader's own checks. */
        public static Rules platform(Checks checks) {
            return new Rules(true, false, false, checks);
        }
    }

    /** A reader's own checks, adding problems that are reported together with the reader's. */
    public interface Checks {

        Checks NONE = new Checks() {
        };

        /**
         * After the dimensions are read and valid, before the values are: {@code dataset} has empty
         * {@code values} and {@code statuses}. May throw ({@link #rejected(List)}) when nothing more can be said.
         */
        default void structure(JsonStatDataset dataset, List<FieldProblem> problems) {
        }

        /** After values and statuses are read (problems with them are already in {@code problems}). */
        default void contents(JsonStatDataset dataset, List<FieldProblem> problems) {
        }
    }

    public JsonStatDataset {
        dimensions = List.copyOf(dimensions);
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        values = Collections.unmodifiableList(new ArrayList<>(values));
        statuses = Collections.unmodifiableList(new ArrayList<>(statuses));
    }

    /** Number of values: the product of the dimensions' sizes. */
    public int size() {
        return dimensions.stream().mapToInt(d -> d.codes().size()).reduce(1, (a, b) -> a * b);
    }

    /** The dimension with this id. */
    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The first dimension with this role ({@code time}, {@code geo}, {@code metric}). */
    public Optional<Dimension> withRole(String role) {
        return dimensions.stream().filter(d -> role.equals(d.role())).findFirst();
    }

    /** The step in value positions of one category in each dimension (the last dimension varies fastest). */
    public int[] strides() {
        int[] strides = new int[dimensions.size()];
        int stride = 1;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= dimensions.get(d).codes().size();
        }
        return strides;
    }

    /** The category code in each dimension (in dimension order, keyed by dimension id) of a value position. */
    public Map<String, String> codesAt(int position) {
        String[] codes = new String[dimensions.size()];
        int rest = position;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            List<String> categories = dimensions.get(d).codes();
            codes[d] = categories.get(rest % categories.size());
            rest /= categories.size();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (int d = 0; d < codes.length; d++) {
            result.put(dimensions.get(d).id(), codes[d]);
        }
        return result;
    }

    /** Reads a file; every problem is reported at once ({@link TabularFileException#problems()}). */
    public static JsonStatDataset read(byte[] content, Rules rules) {
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
        JsonStatDataset structure = structure(root, rules, problems);
        long cells = structure.cells();
        if (cells > MAX_VALUES) {
            problems.add(new FieldProblem("size", "Tabellen er for stor: høyst " + MAX_VALUES + " verdier er tillatt."));
            throw rejected(problems);
        }
        int count = (int) cells;
        List<BigDecimal> values = values(root.get("value"), count, problems);
        List<String> statuses = statuses(root.get("status"), count, problems);
        JsonStatDataset dataset = new JsonStatDataset(structure.label(), structure.source(), structure.updated(),
                structure.dimensions(), structure.roles(), values, statuses, structure.extension());
        rules.checks().contents(dataset, problems);
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        return dataset;
    }

    /**
     * Everything but the values: header, roles, dimensions, {@code updated}, {@code label}, {@code source} and
     * {@code extension} of a dataset's root object (its {@code value} and {@code status} are not looked at), with
     * empty {@code values} and {@code statuses}, after the rules' {@link Checks#structure structure} checks. For a
     * reader that streams the values itself: the same rules and the same problems as {@link #read}.
     *
     * @param problems where problems are collected; thrown as a {@link TabularFileException} when the structure
     *                 cannot be used
     */
    public static JsonStatDataset structure(JsonNode root, Rules rules, List<FieldProblem> problems) {
        header(root, rules.headerRequired(), problems);
        Map<String, List<String>> roles = roles(root.get("role"));
        List<Dimension> dimensions = dimensions(root, roles, rules.timeRequired(), problems);
        String updatedText = text(root, "updated");
        Instant updated = updatedText == null ? null : instant(updatedText);
        if (rules.updatedChecked() && updatedText != null && updated == null) {
            problems.add(new FieldProblem("updated", "«" + updatedText + "» er ikke et tidspunkt (ISO 8601)."));
        }
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        JsonStatDataset structure = new JsonStatDataset(text(root, "label"), text(root, "source"), updated, dimensions,
                roles, List.of(), List.of(), root.path("extension"));
        rules.checks().structure(structure, problems);
        return structure;
    }

    /** Number of cells the dimensions span (the product of their sizes; {@link Long#MAX_VALUE} when larger). */
    public long cells() {
        long cells = 1;
        for (Dimension d : dimensions) {
            cells = Math.multiplyHigh(cells, d.codes().size()) != 0 ? Long.MAX_VALUE : cells * d.codes().size();
        }
        return cells;
    }

    /** The exception for these problems, its message naming each. */
    public static TabularFileException rejected(List<FieldProblem> problems) {
        return new TabularFileException("JSON-stat-filen kan ikke leses: " + String.join("; ",
                problems.stream().map(p -> p.field() + ": " + p.message()).toList()), problems);
    }

    /** The text of a field of an object node, or null when absent, null or {@code node} is null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static void header(JsonNode root, boolean required, List<FieldProblem> problems) {
        String klass = text(root, "class");
        if (required ? !"dataset".equals(klass) : klass != null && !klass.equals("dataset")) {
            problems.add(new FieldProblem("class", required
                    ? "Bare JSON-stat «dataset» kan importeres (class må være «dataset»)."
                    : "Bare JSON-stat «dataset» kan importeres, ikke «" + klass + "»."));
        }
        String version = text(root, "version");
        if (required ? version == null || !version.startsWith("2") : version != null && !version.startsWith("2")) {
            problems.add(new FieldProblem("version", required
                    ? "JSON-stat-versjon må være 2.0."
                    : "JSON-stat-versjon " + version + " støttes ikke; bruk 2.0 (json-stat2)."));
        }
    }

    private static List<Dimension> dimensions(JsonNode root, Map<String, List<String>> roles, boolean timeRequired,
            List<FieldProblem> problems) {
        List<String> ids = strings(root.get("id"));
        JsonNode size = root.get("size");
        if (ids.isEmpty()) {
            problems.add(new FieldProblem("id", "Filen mangler «id» (dimensjonene i rekkefølge)."));
        }
        if (size == null || !size.isArray() || size.size() != ids.size()) {
            problems.add(new FieldProblem("size", "«size» må ha én størrelse per dimensjon i «id»."));
        }
        if (timeRequired && roles.getOrDefault("time", List.of()).isEmpty()) {
            problems.add(new FieldProblem("role.time", "Filen sier ikke hvilken dimensjon som er tid (role.time)."));
        }
        Map<String, String> roleOf = new LinkedHashMap<>();
        roles.forEach((role, dimensionIds) -> dimensionIds.forEach(id -> roleOf.put(id, role)));
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < ids.size(); d++) {
            String id = ids.get(d);
            Dimension dimension = dimension(root.path("dimension").get(id), id, roleOf.get(id), problems);
            if (dimension == null) {
                continue;
            }
            dimensions.add(dimension);
            if (size != null && size.isArray() && d < size.size() && size.get(d).asInt(-1) != dimension.codes().size()) {
                problems.add(new FieldProblem("size[" + d + "]", "Dimensjonen «" + id + "» har "
                        + dimension.codes().size() + " kategorier, men «size» sier " + size.get(d).asString() + "."));
            }
        }
        return dimensions;
    }

    private static Dimension dimension(JsonNode node, String id, String role, List<FieldProblem> problems) {
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
            problems.add(new FieldProblem(field + ".category.index", "Dimensjonen «" + id + "» mangler kategorier (category.index)."));
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
        Map<String, Unit> units = new LinkedHashMap<>();
        JsonNode unitNode = category.get("unit");
        if (unitNode != null && unitNode.isObject()) {
            for (var entry : unitNode.properties()) {
                JsonNode u = entry.getValue();
                String base = text(u, "base");
                units.put(entry.getKey(), new Unit(base != null ? base : text(u, "label"),
                        u.has("decimals") ? u.get("decimals").asInt() : null));
            }
        }
        String label = text(node, "label");
        return new Dimension(id, label != null ? label : id, role, List.copyOf(codes),
                Collections.unmodifiableMap(labels), Collections.unmodifiableMap(units));
    }

    /** {@code role}: role name → dimension ids, in file order. */
    private static Map<String, List<String>> roles(JsonNode role) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        if (role != null && role.isObject()) {
            for (var entry : role.properties()) {
                roles.put(entry.getKey(), List.copyOf(strings(entry.getValue())));
            }
        }
        return roles;
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

    /** An ISO 8601 time: with offset, else local (Oslo) date-time or date; null when it is none of these. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(OSLO).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(OSLO).toInstant();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private static Integer position(String key, int count) {
        try {
            int i = Integer.parseInt(key);
            return i >= 0 && i < count ? i : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
