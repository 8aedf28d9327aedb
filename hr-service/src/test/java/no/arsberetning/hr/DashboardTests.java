package no.arsberetning.hr;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** {@code GET /api/hr/{year}/dashboard}: the gender-equality key figures, read and computed from tables 2.4 and 2.6. */
class DashboardTests extends HrApiTestSupport {

    @Test
    void theKeyFiguresAreWomensSharesOfEmployeesAndFtesAndTheirPayAgainstMens() throws Exception {
        JsonNode part = getJson(API + "/dashboard");

        assertThat(part.at("/keyFigures/0/title").asString()).isEqualTo("Likestilling – nøkkeltall");
        JsonNode figures = part.at("/keyFigures/0/figures");
        assertThat(figures).hasSize(3);
        // 11 375 women of 15 208 employees (table 2.4's total row)
        assertThat(figures.get(0).get("label").asString()).isEqualTo("Andel kvinner av ansatte (beregnet)");
        assertThat(figures.get(0).get("value").decimalValue()).isEqualByComparingTo("74.8");
        assertThat(figures.get(0).get("text").asString()).isEqualTo("74,8 %");
        assertThat(figures.get(0).get("table").asString()).isEqualTo("2.4");
        assertThat(figures.get(0).at("/provenance/kind").asString()).isEqualTo("demo");
        // as printed: women's share of the FTEs
        assertThat(figures.get(1).get("value").decimalValue()).isEqualByComparingTo("74");
        assertThat(figures.get(1).get("text").asString()).isEqualTo("74%");
        // 558 513 against 570 817 (table 2.6)
        assertThat(figures.get(2).get("label").asString()).isEqualTo("Kvinners årslønn i prosent av menns (beregnet)");
        assertThat(figures.get(2).get("value").decimalValue()).isEqualByComparingTo("97.8");
        assertThat(figures.get(2).get("table").asString()).isEqualTo("2.6");
        assertThat(part.has("deviations")).isFalse();
    }
}
