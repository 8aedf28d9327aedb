package no.arsberetning.servicesgoals.keyfigures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.arsberetning.common.problem.Problems.FieldProblem;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.servicesgoals.web.InvalidFieldsException;

/**
 * A JSON-stat 2.0 dataset as Statistics Norway's PxWebApi v2 writes it ({@code outputFormat=json-stat2}),
 * read into values with their coordinates. Everything comes from the file's own metadata, nothing is
 * assumed about a table: which dimension is time, region and measure from {@code role}; codes, labels,
 * units and decimals from {@code dimension.*.category}; the table id from {@code extension.px.tableid}
 * (or the label's «12272:» prefix); the publication time from {@code updated}. Values are exact decimals.
 * Status symbols (SSB's standard signs): {@code ..} and {@code ...} not available (yet), {@code .} not
 * applicable, {@code :} withheld for confidentiality, {@code -} zero, {@code *} preliminary.
 */
final class JsonStatDataset {

    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonStatDataset() {
    }

    /** A dimension of the file: its id, label, role and categories (code → label) in index order. */
    record Dimension(String id, String label, String role, List<String> codes, Map<String, String> labels,
            Map<String, Unit> units) {
    }

    record Unit(String base, Integer decimals) {
    }

    /** One value with its category per dimension (code and label), status symbol and what it means. */
    record Value(Map<String, String> codes, Map<String, String> labels, BigDecimal value, String status,
            boolean preliminary, MissingReason missing) {
    }

    record Dataset(String label, String source, String tableId, Instant updated, List<Dimension> dimensions,
            List<Value> values) {

        Optional<Dimension> withRole(String role) {
            return dimensions.stream().filter(d -> role.equals(d.role())).findFirst();
        }
    }

    /** Reads a file; every problem is reported at once, naming where in the file it is. */
    static Dataset read(byte[] content) {
        JsonNode root;
        try {
            root = EXACT.readTree(content);
        } catch (JacksonException e) {
            throw InvalidFieldsException.of("file", "Filen er ikke gyldig JSON: " + e.getOriginalMessage());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw InvalidFieldsException.of("file", "Filen er ikke et JSON-stat-datasett (forventet et objekt).");
        }
        String klass = text(root, "class");
        if (klass != null && !klass.equals("dataset")) {
            problems.add(new FieldProblem("class", "Bare JSON-stat «dataset» kan importeres, ikke «" + klass + "»."));
        }
        String version = text(root, "version");
        if (version != null && !version.startsWith("2")) {
            problems.add(new FieldProblem("version", "JSON-stat-versjon " + version + " støttes ikke; bruk 2.0 (json-stat2)."));
        }
        List<String> ids = strings(root.get("id"));
        List<Integer> sizes = new ArrayList<>();
        JsonNode size = root.get("size");
        if (ids.isEmpty()) {
            problems.add(new FieldProblem("id", "Filen mangler «id» (dimensjonene i rekkefølge)."));
        }
        if (size == null || !size.isArray() || size.size() != ids.size()) {
            problems.add(new FieldProblem("size", "«size» må ha én størrelse per dimensjon i «id»."));
        } else {
            size.forEach(s -> sizes.add(s.asInt()));
        }
        Map<String, String> roles = roles(root.get("role"));
        if (!roles.containsValue("time")) {
            problems.add(new FieldProblem("role.time", "Filen sier ikke hvilken dimensjon som er tid (role.time)."));
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < ids.size(); d++) {
            Dimension dimension = dimension(root.path("dimension").get(ids.get(d)), ids.get(d), roles.get(ids.get(d)), problems);
            if (dimension != null) {
                dimensions.add(dimension);
                if (d < sizes.size() && sizes.get(d) != dimension.codes().size()) {
                    problems.add(new FieldProblem("dimension." + ids.get(d) + ".category.index", "Dimensjonen har "
                            + dimension.codes().size() + " kategorier, men «size» sier " + sizes.get(d) + "."));
                }
            }
        }
        Instant updated = null;
        String updatedText = text(root, "updated");
        if (updatedText != null) {
            updated = instant(updatedText);
            if (updated == null) {
                problems.add(new FieldProblem("updated", "«" + updatedText + "» er ikke et tidspunkt (ISO 8601)."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        int count = sizes.stream().reduce(1, (a, b) -> a * b);
        List<BigDecimal> values = values(root.get("value"), count, problems);
        List<String> statuses = statuses(root.get("status"), count, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        List<Value> read = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> codes = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            int rest = i;
            for (int d = dimensions.size() - 1; d >= 0; d--) {
                Dimension dimension = dimensions.get(d);
                String code = dimension.codes().get(rest % sizes.get(d));
                rest /= sizes.get(d);
                codes.put(dimension.id(), code);
                labels.put(dimension.id(), dimension.labels().getOrDefault(code, code));
            }
            String status = statuses.get(i);
            read.add(new Value(reverse(codes), reverse(labels), values.get(i), status, "*".equals(status),
                    values.get(i) == null ? missing(status) : null));
        }
        String label = text(root, "label");
        return new Dataset(label, text(root, "source"), tableId(root, label), updated, List.copyOf(dimensions), List.copyOf(read));
    }

    private static Dimension dimension(JsonNode node, String id, String role, List<FieldProblem> problems) {
        String field = "dimension." + id;
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(field, "Dimensjonen «" + id + "» i «id» er ikke beskrevet under «dimension»."));
            return null;
        }
        JsonNode category = node.path("category");
        JsonNode index = category.get("index");
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
        } else if (category.get("label") != null && category.get("label").size() == 1) {
            category.get("label").propertyNames().forEach(codes::add);
        } else {
            problems.add(new FieldProblem(field + ".category.index", "Dimensjonen «" + id + "» mangler kategorier (category.index)."));
            return null;
        }
        Map<String, String> labels = new HashMap<>();
        JsonNode labelNode = category.get("label");
        if (labelNode != null && labelNode.isObject()) {
            for (var entry : labelNode.properties()) {
                labels.put(entry.getKey(), entry.getValue().asString());
            }
        }
        Map<String, Unit> units = new HashMap<>();
        JsonNode unitNode = category.get("unit");
        if (unitNode != null && unitNode.isObject()) {
            for (var entry : unitNode.properties()) {
                JsonNode u = entry.getValue();
                units.put(entry.getKey(), new Unit(text(u, "base") != null ? text(u, "base") : text(u, "label"),
                        u.has("decimals") ? u.get("decimals").asInt() : null));
            }
        }
        return new Dimension(id, text(node, "label") != null ? text(node, "label") : id, role, List.copyOf(codes),
                Map.copyOf(labels), Map.copyOf(units));
    }

    private static Map<String, String> roles(JsonNode role) {
        Map<String, String> roles = new HashMap<>();
        if (role != null && role.isObject()) {
            for (var entry : role.properties()) {
                entry.getValue().forEach(id -> roles.put(id.asString(), entry.getKey()));
            }
        }
        return roles;
    }

    private static List<BigDecimal> values(JsonNode node, int count, List<FieldProblem> problems) {
        List<BigDecimal> values = new ArrayList<>(Collections.nCopies(count, (BigDecimal) null));
        if (node == null) {
            problems.add(new FieldProblem("value", "Filen mangler «value»."));
            return values;
        }
        if (node.isArray()) {
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
            for (int i = 0; i < Math.min(count, node.size()); i++) {
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
        }
        return statuses;
    }

    private static MissingReason missing(String status) {
        if (status == null) {
            return MissingReason.NOT_REPORTED;
        }
        switch (status.trim()) {
            case "..":
            case "...":
                return MissingReason.NOT_AVAILABLE_YET;
            case ".":
                return MissingReason.NOT_APPLICABLE;
            case "-":
                return MissingReason.ZERO;
            case ":":
                return MissingReason.SUPPRESSED;
            default:
                return MissingReason.NOT_REPORTED;
        }
    }

    private static String tableId(JsonNode root, String label) {
        String id = text(root.path("extension").path("px"), "tableid");
        if (id != null) {
            return id;
        }
        if (label != null && label.matches("^\\d{4,6}:.*")) {
            return label.substring(0, label.indexOf(':'));
        }
        return null;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(ZoneId.of("Europe/Oslo")).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant();
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

    private static Map<String, String> reverse(Map<String, String> map) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(map.entrySet());
        Collections.reverse(entries);
        Map<String, String> result = new LinkedHashMap<>();
        entries.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
