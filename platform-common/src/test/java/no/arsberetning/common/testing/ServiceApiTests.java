package no.arsberetning.common.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A service as it runs, for its MockMvc tests: its own application context on an in-memory MongoDB-compatible
 * server (one per test JVM; each context names its database with {@code spring.mongodb.database}, so one test
 * class's writes never reach another context), trusting the {@link TokenForge}'s key set and issuer, with tokens as
 * Keycloak issues them. A service's test base extends it with its demo files and database
 * ({@code @SpringBootTest(properties = …)}); {@link ResourceServerContractTests} is one.
 */
@SpringBootTest
@TestPropertySource(properties = "spring.cloud.config.enabled=false")
@AutoConfigureMockMvc
public abstract class ServiceApiTests {

    private static final MongoServer MONGO = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final String MONGO_URI = MONGO.bindAndGetConnectionString();

    /**
     * Its key set answers after a second, longer than Nimbus's default read limit (500 ms): every service must
     * fetch the realm's keys within the platform's own limits ({@code arsberetning.keys.*}), or a busy Keycloak
     * gets valid tokens refused.
     */
    protected static final TokenForge FORGE = new TokenForge(Duration.ofSeconds(1));

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO_URI);
        registry.add("arsberetning.issuer-uri", () -> TokenForge.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", FORGE::jwkSetUri);
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected MongoOperations mongo;

    /**
     * A token as Keycloak issues it: the realm role and the service areas, for user {@code test.<role>}, or
     * {@code <role>.<area>-<area>} when it has areas (the name the tests read back in provenance and audit).
     */
    public static JwtRequestPostProcessor as(String role, String... areas) {
        return user(areas.length == 0 ? "test." + role : role + "." + String.join("-", areas), role, areas);
    }

    /** A token as Keycloak issues it: the subject and preferred_username {@code name}, the realm role, the areas. */
    public static JwtRequestPostProcessor user(String name, String role, String... areas) {
        return jwt().jwt(j -> j.subject(name).claim("preferred_username", name)
                        .claim("realm_access", Map.of("roles", List.of(role)))
                        .claim("service_areas", List.of(areas)))
                .authorities(new KeycloakAuthorities());
    }

    /** The body of a GET as staff, whatever its status. */
    protected JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(as("staff"))).andReturn().getResponse().getContentAsByteArray());
    }

    /** The ETag of a GET as staff. */
    protected String etag(String path) throws Exception {
        return mvc.perform(get(path).with(as("staff"))).andReturn().getResponse().getHeader("ETag");
    }
}
