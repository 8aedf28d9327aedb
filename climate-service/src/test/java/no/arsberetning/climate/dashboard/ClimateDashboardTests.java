package no.arsberetning.climate.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.climate.ClimateApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/climate/{year}/dashboard}: the climate goals and the emission trajectory as a chart. */
@TestPropertySource(properties = "spring.mongodb.database=climate-demo-data-tests")
class ClimateDashboardTests extends ClimateApiTestSupport {

    @Test
    void theGoalsComeWithReportedAndComputedStatusTheCitysFirst() throws Exception {
        JsonNode goals = part().at("/goals/0");
        assertThat(goals.get("title").asString()).isEqualTo("Klimamål");
        JsonNode goal = goals.at("/goals/2");
        assertThat(goal.get("id").asString()).isEqualTo("klima-2b");
        assertThat(goal.get("text").asString()).startsWith("Mål 2b: I 2023 er de direkte");
        assertThat(goal.get("reportedStatus").asString()).isEqualTo("not-assessed");
        assertThat(goal.get("computedStatus").asString()).isEqualTo("not-reached");
    }

    @Test
    void theTrajectoryIsALineChartWithWhatItSaysInWords() throws Exception {
        JsonNode chart = part().at("/charts/0");
        assertThat(chart.get("id").asString()).isEqualTo("utslippsbane");
        assertThat(chart.get("unit").asString()).isEqualTo("percent");
        assertThat(chart.get("facts").get(0).asString()).startsWith("Siste rapporterte kutt: ");
        assertThat(chart.get("note").asString()).contains("positivt tall betyr lavere utslipp");
        List<String> keys = new ArrayList<>();
        chart.get("series").forEach(s -> keys.add(s.get("key").asString()));
        assertThat(keys).startsWith("reported", "targets");
        JsonNode targets = chart.at("/series/1/points");
        assertThat(targets.findValues("year").stream().map(JsonNode::asInt)).contains(2030);
    }

    private JsonNode part() throws Exception {
        return json.readTree(mvc.perform(get(API + "/dashboard").with(as("staff"))).andReturn().getResponse().getContentAsByteArray());
    }
}
