package no.arsberetning.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.years.YearLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every domain service promises (brief §§ 2, 4, 9): the resource server's contract on
 * {@code GET <prefix>/years}, the reporting years served from the database, and opening the next year from the demo
 * year ({@code POST <prefix>/years}: controllers and administrators only).
 */
public abstract class ServiceContractTests extends ResourceServerContractTests {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    protected static final int DEMO_YEAR = 2023;
    protected static final int NEXT_YEAR = 2024;
    private static final String OPEN_NEXT = "{\"year\": " + NEXT_YEAR + ", \"from\": " + DEMO_YEAR + "}";

    private final String apiPrefix;

    protected ServiceContractTests(String apiPrefix) {
        super(apiPrefix + "/years");
        this.apiPrefix = apiPrefix;
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "reporter", "controller", "admin"})
    void readersSeeTheDemoYearFromTheDatabase(String role) throws Exception {
        mvc.perform(get(apiPrefix + "/years").with(as(role, "skole")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2023))
                .andExpect(jsonPath("$[0].registeredBy").value("demo-loader"));
    }

    /**
     * Opens the year after the demo year from the demo year's first release, as the gateway does: 201 the first time,
     * 200 with the same answer after. Returns the answer.
     */
    protected JsonNode openTheNextYear() throws Exception {
        mvc.perform(post(apiPrefix + "/" + DEMO_YEAR + "/releases").with(as("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"number\": 1, \"idempotencyKey\": \"contract\"}"))
                .andExpect(status().isOk());
        MvcResult opened = mvc.perform(post(apiPrefix + "/years").with(as("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(OPEN_NEXT))
                .andExpect(status().is2xxSuccessful()).andReturn();
        return JSON.readTree(opened.getResponse().getContentAsString());
    }

    @Test
    void theNextYearHasEveryTableOfTheDemoYearWithItsYearsMovedEverySectionInDraftAndTheDemoYearUntouched() throws Exception {
        JsonNode demoTables = read(apiPrefix + "/" + DEMO_YEAR + "/tables");
        List<String> before = new ArrayList<>();
        for (JsonNode table : demoTables) {
            before.add(readText(apiPrefix + "/" + DEMO_YEAR + "/tables/" + table.get("key").asString()));
        }
        JsonNode opened = openTheNextYear();
        if (opened.get("state") != null) {
            assertThat(opened.get("state").asString()).isEqualTo("open");
        }
        assertThat(opened.get("created").get("tables").asInt()).isEqualTo(demoTables.size());
        JsonNode nextTables = read(apiPrefix + "/" + NEXT_YEAR + "/tables");
        assertThat(nextTables).hasSize(demoTables.size());
        for (int i = 0; i < demoTables.size(); i++) {
            JsonNode earlier = JSON.readTree(before.get(i));
            JsonNode later = read(apiPrefix + "/" + NEXT_YEAR + "/tables/" + earlier.get("key").asString());
            assertThat(later.get("number")).isEqualTo(earlier.get("number"));
            assertThat(later.get("caption").asString())
                    .isEqualTo(YearLabels.advance(earlier.get("caption").asString(), DEMO_YEAR, NEXT_YEAR));
            assertThat(later.get("columns")).hasSize(earlier.get("columns").size());
            assertThat(later.get("rows")).hasSize(earlier.get("rows").size());
        }
        for (JsonNode section : read(apiPrefix + "/" + NEXT_YEAR + "/sections")) {
            assertThat(section.get("status").asString()).as(section.toString()).isEqualTo("draft");
        }
        mvc.perform(get(apiPrefix + "/" + NEXT_YEAR + "/report").with(as("staff"))).andExpect(status().isOk());
        JsonNode findings = read(apiPrefix + "/" + NEXT_YEAR + "/checks");
        for (JsonNode finding : findings) {
            assertThat(finding.get("rule").asString()).as("carried as released")
                    .isNotEqualTo("prior-year-restated");
        }
        for (int i = 0; i < demoTables.size(); i++) {
            assertThat(readText(apiPrefix + "/" + DEMO_YEAR + "/tables/"
                    + demoTables.get(i).get("key").asString())).isEqualTo(before.get(i));
        }
        JsonNode again = JSON.readTree(mvc.perform(post(apiPrefix + "/years").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(OPEN_NEXT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again).isEqualTo(JSON.readTree(mvc.perform(post(apiPrefix + "/years")
                .with(as("controller")).contentType(MediaType.APPLICATION_JSON).content(OPEN_NEXT))
                .andReturn().getResponse().getContentAsString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "reporter", "committee"})
    void onlyControllersAndAdministratorsOpenAYear(String role) throws Exception {
        mvc.perform(post(apiPrefix + "/years").with(as(role, "skole"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\": 2031, \"from\": 2023}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(apiPrefix + "/2031/tables").with(as("staff")))
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void acceptingARestatementIsForControllersOnly() throws Exception {
        for (String role : List.of("staff", "reporter", "admin", "committee")) {
            mvc.perform(post(apiPrefix + "/" + NEXT_YEAR + "/restatements/acceptances").with(as(role, "skole"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"row\": \"x\", \"reason\": \"y\"}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void readersGetTheServicesPartOfTheOverviewAndTheCommitteeDoesNot() throws Exception {
        mvc.perform(get(apiPrefix + "/2023/dashboard").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.year").value(2023));
        mvc.perform(get(apiPrefix + "/2023/dashboard").with(as("committee")))
                .andExpect(status().isForbidden());
    }

    protected JsonNode read(String path) throws Exception {
        return JSON.readTree(readText(path));
    }

    private String readText(String path) throws Exception {
        return mvc.perform(get(path).with(as("staff"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
