package no.arsberetning.climate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The climate service with the real demo file loaded through the real import path and loaders, on an
 * in-memory MongoDB-compatible server. Each test class names its own database (so one class's writes never
 * leak into another's) with {@code @TestPropertySource(properties = "spring.mongodb.database=…")}.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "arsberetning.demo.load=true",
        "arsberetning.demo.files=demo/2023/chapter-3.json"})
@AutoConfigureMockMvc
public abstract class ClimateApiTestSupport {

    protected static final String API = "/api/climate/2023";

    private static final MongoServer MONGO = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final String MONGO_URI = MONGO.bindAndGetConnectionString();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO_URI);
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper json;

    /** A token as Keycloak issues it: realm roles, service areas, and the subject equal to preferred_username. */
    protected static JwtRequestPostProcessor as(String role, String... areas) {
        String name = "test." + role;
        return jwt().jwt(j -> j.subject(name).claim("preferred_username", name)
                        .claim("realm_access", Map.of("roles", List.of(role)))
                        .claim("service_areas", List.of(areas)))
                .authorities(new KeycloakAuthorities());
    }

    protected JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(API + path).with(as("staff"))).andReturn().getResponse().getContentAsByteArray());
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

    protected String etag(String path) throws Exception {
        return mvc.perform(get(API + path).with(as("staff"))).andReturn().getResponse().getHeader("ETag");
    }
}
