package no.arsberetning.common.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.common.years.YearLabels;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every domain service promises (brief §§ 2, 4, 9), run against each service's own application
 * context with an in-memory MongoDB-compatible server: open health, 401 without a token (as a problem
 * document), reading for reader roles only, {@code GET <prefix>/years} served from the database, and opening the next
 * year from the demo year ({@code POST <prefix>/years}: controllers and administrators only).
 * The real token checks (signature, issuer, audience, expiry) are proven end to end against Keycloak.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "arsberetning.demo.load=true"})
@AutoConfigureMockMvc
public abstract class ServiceContractTests {

    private static final MongoServer MONGO = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final String MONGO_URI = MONGO.bindAndGetConnectionString();

    private static final TokenForge FORGE = new TokenForge();
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    protected static final int DEMO_YEAR = 2023;
    protected static final int NEXT_YEAR = 2024;
    private static final String OPEN_NEXT = "{\"year\": " + NEXT_YEAR + ", \"from\": " + DEMO_YEAR + "}";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO_URI);
        registry.add("arsberetning.issuer-uri", () -> TokenForge.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", FORGE::jwkSetUri);
    }

    @Autowired
    protected MockMvc mvc;

    private final String apiPrefix;

    protected ServiceContractTests(String apiPrefix) {
        this.apiPrefix = apiPrefix;
    }

    protected static JwtRequestPostProcessor token(String role, String... areas) {
        return jwt().jwt(j -> j
                        .claim("preferred_username", "test." + role)
                        .claim("realm_access", Map.of("roles", List.of(role)))
                        .claim("service_areas", List.of(areas)))
                .authorities(new KeycloakAuthorities());
    }

    @Test
    void healthIsOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void withoutTokenIsUnauthorizedProblem() throws Exception {
        mvc.perform(get(apiPrefix + "/years"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "reporter", "controller", "admin"})
    void readersSeeTheDemoYearFromTheDatabase(String role) throws Exception {
        mvc.perform(get(apiPrefix + "/years").with(token(role, "skole")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2023))
                .andExpect(jsonPath("$[0].registeredBy").value("demo-loader"));
    }

    @Test
    void committeeReadsPublishedReleasesOnlyNotWorkingData() throws Exception {
        mvc.perform(get(apiPrefix + "/years").with(token("committee")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aTokenWithoutPlatformRolesIsForbidden() throws Exception {
        mvc.perform(get(apiPrefix + "/years").with(jwt()))
                .andExpect(status().isForbidden());
    }

    /** A well-formed token from the trusted issuer is accepted: the refusals below are about what is forged. */
    @Test
    void aRealBearerTokenIsDecodedAndAccepted() throws Exception {
        mvc.perform(get(apiPrefix + "/years").header("Authorization", "Bearer " + FORGE.signed(TokenForge.claims("staff"))))
                .andExpect(status().isOk());
    }

    static Stream<Arguments> forgedTokens() {
        return FORGE.forgedTokens("staff");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aForgedTokenIsRefused(String what, String token) throws Exception {
        mvc.perform(get(apiPrefix + "/years").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /**
     * Opens the year after the demo year from the demo year's first release, as the gateway does: 201 the first time,
     * 200 with the same answer after. Returns the answer.
     */
    protected JsonNode openTheNextYear() throws Exception {
        mvc.perform(post(apiPrefix + "/" + DEMO_YEAR + "/releases").with(token("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"number\": 1, \"idempotencyKey\": \"contract\"}"))
                .andExpect(status().isOk());
        MvcResult opened = mvc.perform(post(apiPrefix + "/years").with(token("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(OPEN_NEXT))
                .andExpect(status().is2xxSuccessful()).andReturn();
        return JSON.readTree(opened.getResponse().getContentAsString());
    }

    @Test
    void theNextYearHasEveryTableOfTheDemoYearWithItsYearsMovedEverySectionInDraftAndTheDemoYearUntouched() throws Exception {
        JsonNode demoTables = read(apiPrefix + "/" + DEMO_YEAR + "/tables");
        List<String> before = new java.util.ArrayList<>();
        for (JsonNode table : demoTables) {
            before.add(readText(apiPrefix + "/" + DEMO_YEAR + "/tables/" + table.get("key").asString()));
        }
        JsonNode opened = openTheNextYear();
        if (opened.get("state") != null) {
            org.assertj.core.api.Assertions.assertThat(opened.get("state").asString()).isEqualTo("open");
        }
        org.assertj.core.api.Assertions.assertThat(opened.get("created").get("tables").asInt()).isEqualTo(demoTables.size());
        JsonNode nextTables = read(apiPrefix + "/" + NEXT_YEAR + "/tables");
        org.assertj.core.api.Assertions.assertThat(nextTables).hasSize(demoTables.size());
        for (int i = 0; i < demoTables.size(); i++) {
            JsonNode earlier = JSON.readTree(before.get(i));
            JsonNode later = read(apiPrefix + "/" + NEXT_YEAR + "/tables/" + earlier.get("key").asString());
            org.assertj.core.api.Assertions.assertThat(later.get("number")).isEqualTo(earlier.get("number"));
            org.assertj.core.api.Assertions.assertThat(later.get("caption").asString())
                    .isEqualTo(YearLabels.advance(earlier.get("caption").asString(), DEMO_YEAR, NEXT_YEAR));
            org.assertj.core.api.Assertions.assertThat(later.get("columns")).hasSize(earlier.get("columns").size());
            org.assertj.core.api.Assertions.assertThat(later.get("rows")).hasSize(earlier.get("rows").size());
        }
        for (JsonNode section : read(apiPrefix + "/" + NEXT_YEAR + "/sections")) {
            org.assertj.core.api.Assertions.assertThat(section.get("status").asString()).as(section.toString()).isEqualTo("draft");
        }
        mvc.perform(get(apiPrefix + "/" + NEXT_YEAR + "/report").with(token("staff"))).andExpect(status().isOk());
        JsonNode findings = read(apiPrefix + "/" + NEXT_YEAR + "/checks");
        for (JsonNode finding : findings) {
            org.assertj.core.api.Assertions.assertThat(finding.get("rule").asString()).as("carried as released")
                    .isNotEqualTo("prior-year-restated");
        }
        for (int i = 0; i < demoTables.size(); i++) {
            org.assertj.core.api.Assertions.assertThat(readText(apiPrefix + "/" + DEMO_YEAR + "/tables/"
                    + demoTables.get(i).get("key").asString())).isEqualTo(before.get(i));
        }
        JsonNode again = JSON.readTree(mvc.perform(post(apiPrefix + "/years").with(token("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(OPEN_NEXT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(JSON.readTree(mvc.perform(post(apiPrefix + "/years")
                .with(token("controller")).contentType(MediaType.APPLICATION_JSON).content(OPEN_NEXT))
                .andReturn().getResponse().getContentAsString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "reporter", "committee"})
    void onlyControllersAndAdministratorsOpenAYear(String role) throws Exception {
        mvc.perform(post(apiPrefix + "/years").with(token(role, "skole"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\": 2031, \"from\": 2023}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(apiPrefix + "/2031/tables").with(token("staff")))
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void acceptingARestatementIsForControllersOnly() throws Exception {
        for (String role : List.of("staff", "reporter", "admin", "committee")) {
            mvc.perform(post(apiPrefix + "/" + NEXT_YEAR + "/restatements/acceptances").with(token(role, "skole"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"row\": \"x\", \"reason\": \"y\"}"))
                    .andExpect(status().isForbidden());
        }
    }

    protected JsonNode read(String path) throws Exception {
        return JSON.readTree(readText(path));
    }

    private String readText(String path) throws Exception {
        return mvc.perform(get(path).with(token("staff"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void writesNeedATokenToo() throws Exception {
        mvc.perform(post(apiPrefix + "/years").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
