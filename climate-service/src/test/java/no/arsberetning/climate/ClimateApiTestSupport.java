package no.arsberetning.climate;

import no.arsberetning.common.testing.ServiceApiTests;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The climate service with the real demo file loaded through the real import path and loaders, on an
 * in-memory MongoDB-compatible server. Each test class names its own database (so one class's writes never
 * leak into another's) with {@code @TestPropertySource(properties = "spring.mongodb.database=…")}.
 */
@SpringBootTest(properties = {"arsberetning.demo.load=true",
        "arsberetning.demo.files=demo/2023/chapter-3.json"})
public abstract class ClimateApiTestSupport extends ServiceApiTests {

    protected static final String API = "/api/climate/2023";

    protected JsonNode read(String path) throws Exception {
        return getJson(API + path);
    }

    /** The trajectory as read, as the body that saves it again (every statement kept). */
    protected String trajectoryEdit(JsonNode view) throws Exception {
        ObjectNode edit = json.createObjectNode();
        edit.set("referenceYear", view.get("referenceYear"));
        ArrayNode points = edit.putArray("points");
        view.get("reported").forEach(cut -> cut.get("statements").forEach(points::add));
        view.get("undated").forEach(points::add);
        ArrayNode targets = edit.putArray("targets");
        view.get("targets").forEach(t -> t.get("statements").forEach(targets::add));
        return json.writeValueAsString(edit);
    }

    @Override
    protected String etag(String path) throws Exception {
        return super.etag(API + path);
    }
}
