package no.arsberetning.gateway.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-stat 2.0 dataset read straight from the specification (json-stat.org/full), independently of the
 * platform's writer and of its own reader: dimensions in {@code id} order with sizes from {@code size}; a category
 * {@code index} given as an array or as an object of positions, labels defaulting to ids; {@code value} and
 * {@code status} as arrays, objects of positions, or (status) one string for all; the value at a set of category
 * ids is at the row-major position, the last dimension running fastest.
 */
final class IndependentJsonStat {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    record Dimension(String id, String label, List<String> index, Map<String, String> labels, JsonNode category) {

        String label(String category) {
            return labels.getOrDefault(category, category);
        }
    }

    final JsonNode root;
    final List<Dimension> dimensions = new ArrayList<>();
    final List<BigDecimal> values = new ArrayList<>();
    final List<String> statuses = new ArrayList<>();

    private IndependentJsonStat(JsonNode root) {
        this.root = root;
        int count = 1;
        for (int d = 0; d < root.get("id").size(); d++) {
            String id = root.get("id").get(d).asString();
            JsonNode dimension = root.get("dimension").get(id);
            JsonNode category = dimension.get("category");
            int size = root.get("size").get(d).asInt();
            String[] index = new String[size];
            JsonNode given = category.get("index");
            if (given == null) {
                category.get("label").propertyNames().forEach(name -> index[0] = name);
            } else if (given.isArray()) {
                for (int i = 0; i < given.size(); i++) {
                    index[i] = given.get(i).asString();
                }
            } else {
                given.properties().forEach(e -> index[e.getValue().asInt()] = e.getKey());
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (category.has("label")) {
                category.get("label").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
            }
            dimensions.add(new Dimension(id, dimension.path("label").asString(id), List.of(index), labels, category));
            count *= size;
        }
        JsonNode value = root.get("value");
        JsonNode status = root.get("status");
        for (int i = 0; i < count; i++) {
            JsonNode v = value.isArray() ? value.get(i) : value.get(String.valueOf(i));
            values.add(v == null || v.isNull() ? null : v.decimalValue());
            JsonNode s = status == null ? null : status.isString() ? status : status.isArray() ? status.get(i) : status.get(String.valueOf(i));
            statuses.add(s == null || s.isNull() ? null : s.asString());
        }
    }

    static IndependentJsonStat read(byte[] json) {
        return new IndependentJsonStat(JSON.readTree(json));
    }

    Dimension dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    /** The position of the value at these categories (one per dimension, in {@code id} order). */
    int position(String... categories) {
        int position = 0;
        for (int d = 0; d < dimensions.size(); d++) {
            position = position * dimensions.get(d).index().size() + dimensions.get(d).index().indexOf(categories[d]);
        }
        return position;
    }

    BigDecimal value(String... categories) {
        return values.get(position(categories));
    }

    String status(String... categories) {
        return statuses.get(position(categories));
    }
}
