package no.arsberetning.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.testing.ServiceContractTests;
import org.springframework.test.context.TestPropertySource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo year loaded, so that the next year can be opened from it. */
@TestPropertySource(properties = "arsberetning.demo.files=demo/2023/chapter-1.json")
class FinanceServiceContractTests extends ServiceContractTests {

    FinanceServiceContractTests() {
        super("/api/finance");
    }

    @Test
    void theNextYearsTitlePageKeepsTheMunicipalityAndMovesTheYear() throws Exception {
        openTheNextYear();
        JsonNode before = read("/api/finance/" + DEMO_YEAR + "/front-matter");
        JsonNode after = read("/api/finance/" + NEXT_YEAR + "/front-matter");
        assertThat(after.get("titlePage").get("municipality")).isEqualTo(before.get("titlePage").get("municipality"));
        assertThat(after.get("titlePage").get("municipalityAlt")).isEqualTo(before.get("titlePage").get("municipalityAlt"));
        assertThat(after.get("titlePage").get("title").asString()).isEqualTo("Årsberetning " + NEXT_YEAR);
        assertThat(after.get("titlePage").get("date").isNull()).isTrue();
    }

    @Test
    void theNextYearsTextStatesItsFiguresAnewButTheFiscalRulesTargetsCarry() throws Exception {
        openTheNextYear();
        JsonNode before = read("/api/finance/" + DEMO_YEAR + "/figures").get("figures");
        JsonNode after = read("/api/finance/" + NEXT_YEAR + "/figures").get("figures");
        List<String> ids = new ArrayList<>();
        after.forEach(f -> ids.add(f.get("id").asString()));
        assertThat(ids).contains("netto-driftsresultat-2024", "gjeldsgrad-mal").doesNotContain("netto-driftsresultat-2023");
        for (JsonNode figure : after) {
            String id = figure.get("id").asString();
            if (id.equals("gjeldsgrad-mal")) {
                assertThat(figure.get("value")).isEqualTo(find(before, id).get("value"));
            } else if (id.equals("netto-driftsresultat-2024")) {
                assertThat(figure.get("value").asString()).isEmpty();
                assertThat(figure.get("text").asString()).isEmpty();
            }
        }
    }

    private static JsonNode find(JsonNode figures, String id) {
        for (JsonNode f : figures) {
            if (f.get("id").asString().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + id);
    }
}
