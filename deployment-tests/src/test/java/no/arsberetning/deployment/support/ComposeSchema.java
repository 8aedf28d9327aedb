package no.arsberetning.deployment.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Compose Specification's JSON schema (draft-07), a test resource with its source noted beside it
 * ({@code compose-spec/README.md}), and a validator for a parsed, interpolated compose file. No Docker needed.
 */
public final class ComposeSchema {

    private static final String RESOURCE = "compose-spec/compose-spec.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = load();

    private ComposeSchema() {
    }

    /** Each way the tree breaks the schema, as "location: message"; empty when it is valid. */
    public static List<String> violations(Object composeTree) {
        JsonNode document = JSON.valueToTree(stringKeys(composeTree));
        return SCHEMA.validate(document).stream().map(ComposeSchema::describe).toList();
    }

    /** The schema's own title and draft, to show which schema the tests use. */
    public static String title() {
        return SCHEMA.getSchemaNode().get("title").asString();
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }

    /** YAML allows keys that are not strings (a number); JSON, and so the schema, sees their text. */
    private static Object stringKeys(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), stringKeys(value)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(ComposeSchema::stringKeys).toList();
        }
        return node;
    }

    /** Loaded by its class-path location, against which the schema's relative {@code $id} resolves. */
    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        return registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE));
    }
}
