package no.arsberetning.servicesgoals;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The service as it runs, on an in-memory MongoDB-compatible server, with the real demo files loaded
 * through the real import path and loader. One application context (and database) for all feature tests;
 * tests that change data restore what they rely on or use data no other test reads.
 */
@SpringBootTest(properties = {
        "spring.cloud.config.enabled=false",
        "arsberetning.demo.load=true",
        "arsberetning.demo.files=demo/2023/chapters-4-19-tables.json,demo/2023/chapters-4-19-goals.json,"
                + "demo/2023/chapters-4-19-explanations.json",
        "spring.mongodb.database=services-goals-tests"})
@AutoConfigureMockMvc
public abstract class ServiceAreasTestBase {

    protected static final String API = "/api/service-areas";
    protected static final String Y = API + "/2023";

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
    @Autowired
    protected MongoOperations mongo;

    /** Every test starts with every section open (draft). */
    @BeforeEach
    void openAllSections() {
        mongo.dropCollection("section_states");
    }

    /** A token as Keycloak issues it: realm roles, the service_areas claim, preferred_username as subject. */
    protected static JwtRequestPostProcessor as(String role, String... areas) {
        String name = areas.length == 0 ? "test." + role : role + "." + String.join("-", areas);
        return jwt().jwt(j -> j.subject(name).claim("preferred_username", name)
                        .claim("realm_access", Map.of("roles", List.of(role)))
                        .claim("service_areas", List.of(areas)))
                .authorities(new KeycloakAuthorities());
    }

    protected static JwtRequestPostProcessor staff() {
        return as("staff");
    }

    protected static JwtRequestPostProcessor controller() {
        return as("controller");
    }

    protected static JwtRequestPostProcessor reporter(String... areas) {
        return as("reporter", areas);
    }

    protected JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(staff())).andReturn().getResponse().getContentAsByteArray());
    }

    protected String etag(String path) throws Exception {
        return mvc.perform(get(path).with(staff())).andReturn().getResponse().getHeader("ETag");
    }
}
