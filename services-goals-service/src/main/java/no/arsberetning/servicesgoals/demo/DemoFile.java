package no.arsberetning.servicesgoals.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.Sha256;

import org.springframework.core.io.ClassPathResource;

/** One file of the demo dataset (docs/demo-data-format.md), read once, with its provenance. */
record DemoFile(String path, JsonNode json, Provenance provenance) {

    static DemoFile read(String path, ObjectMapper mapper, Instant now) throws IOException {
        ClassPathResource resource = new ClassPathResource(path);
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        }
        return new DemoFile(path, mapper.readTree(content),
                new Provenance("demo-seed", resource.getFilename(), Sha256.of(content), "demo-loader", now));
    }

    int year() {
        return json.get("year").asInt();
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
