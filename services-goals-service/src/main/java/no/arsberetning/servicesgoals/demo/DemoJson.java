package no.arsberetning.servicesgoals.demo;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reading fields of a demo file (docs/demo-data-format.md) that may be absent. */
final class DemoJson {

    private DemoJson() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asInt()));
        }
        return values;
    }
}
