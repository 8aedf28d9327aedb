package no.arsberetning.climate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.testing.ServiceContractTests;
import org.springframework.test.context.TestPropertySource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo year loaded, so that the next year can be opened from it. */
@TestPropertySource(properties = "arsberetning.demo.files=demo/2023/chapter-3.json")
class ClimateServiceContractTests extends ServiceContractTests {

    ClimateServiceContractTests() {
        super("/api/climate");
    }

    @Test
    void theNextYearCarriesTheGoalsStillAheadWithTheirTargetsAndNoStatusYet() throws Exception {
        JsonNode opened = openTheNextYear();
        JsonNode earlier = read("/api/climate/" + DEMO_YEAR + "/goals");
        JsonNode later = read("/api/climate/" + NEXT_YEAR + "/goals");
        List<String> ahead = new ArrayList<>();
        for (JsonNode g : earlier) {
            if (g.get("targetYear").isNull() || g.get("targetYear").asInt() >= NEXT_YEAR) {
                ahead.add(g.get("number").asString());
            }
        }
        assertThat(ahead).isNotEmpty();
        assertThat(later).extracting(g -> g.get("number").asString()).containsExactlyElementsOf(ahead);
        assertThat(opened.get("created").get("goals").asInt()).isEqualTo(ahead.size());
        for (JsonNode g : later) {
            assertThat(g.get("reportedStatus").asString()).isEqualTo("not-assessed");
            assertThat(g.get("statusIndicator").isNull()).isTrue();
            assertThat(g.get("comment").isNull()).isTrue();
        }
        JsonNode trajectory = read("/api/climate/" + NEXT_YEAR + "/trajectory");
        assertThat(trajectory.get("referenceYear")).isEqualTo(read("/api/climate/" + DEMO_YEAR + "/trajectory").get("referenceYear"));
        assertThat(trajectory.get("reported")).isEmpty();
    }
}
