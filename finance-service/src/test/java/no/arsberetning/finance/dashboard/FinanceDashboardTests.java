package no.arsberetning.finance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.arsberetning.finance.support.DemoDataContext;
import org.junit.jupiter.api.Test;

/** {@code GET /api/finance/{year}/dashboard}: each service area's result from table 1.2, as printed. */
class FinanceDashboardTests extends DemoDataContext {

    @Test
    void everyServiceAreaOfTable12HasItsActualBudgetAndDeviationWithProvenance() throws Exception {
        JsonNode part = JsonMapper.builder().build().readTree(mvc.perform(get("/api/finance/2023/dashboard").with(as("staff")))
                .andReturn().getResponse().getContentAsByteArray());

        JsonNode deviations = part.get("deviations");
        assertThat(deviations).hasSize(22);
        JsonNode schools = deviations.get(0);
        assertThat(schools.get("area").asString()).isEqualTo("skole");
        assertThat(schools.get("name").asString()).isEqualTo("Skoler");
        assertThat(schools.get("actual").decimalValue()).isEqualByComparingTo("2495");
        assertThat(schools.get("revisedBudget").decimalValue()).isEqualByComparingTo("2463");
        assertThat(schools.get("deviation").decimalValue()).isEqualByComparingTo("-32");
        assertThat(schools.get("deviationText").asString()).isEqualTo("-32");
        assertThat(schools.get("unit").asString()).isEqualTo("MNOK");
        assertThat(schools.get("table").asString()).isEqualTo("1.2");
        assertThat(schools.at("/provenance/kind").asString()).isEqualTo("demo");
        assertThat(part.has("keyFigures")).as("finance publishes deviations only").isFalse();
    }
}
