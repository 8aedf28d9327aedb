package no.arsberetning.servicesgoals;

import static org.assertj.core.api.Assertions.assertThat;

import no.arsberetning.common.testing.ServiceContractTests;
import org.springframework.test.context.TestPropertySource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo year loaded, so that the next year can be opened from it. */
@TestPropertySource(properties = "arsberetning.demo.files=demo/2023/chapters-4-19-tables.json,demo/2023/chapters-4-19-goals.json,demo/2023/chapters-4-19-explanations.json")
class ServicesGoalsServiceContractTests extends ServiceContractTests {

    ServicesGoalsServiceContractTests() {
        super("/api/service-areas");
    }

    @Test
    void theNextYearCarriesThePeriodGoalsWithTheirAmbitionsAndTheDemoYearsResultAsThePreviousOne() throws Exception {
        JsonNode opened = openTheNextYear();
        JsonNode earlier = read("/api/service-areas/" + DEMO_YEAR + "/goals");
        JsonNode later = read("/api/service-areas/" + NEXT_YEAR + "/goals");
        assertThat(later).hasSize(earlier.size()).isNotEmpty();
        assertThat(opened.get("created").get("goals").asInt()).isEqualTo(earlier.size());
        assertThat(opened.get("created").get("chapters").asInt()).isPositive();
        for (int g = 0; g < earlier.size(); g++) {
            JsonNode was = earlier.get(g);
            JsonNode is = later.get(g);
            assertThat(is.get("key")).isEqualTo(was.get("key"));
            assertThat(is.get("text")).isEqualTo(was.get("text"));
            assertThat(is.get("areas")).isEqualTo(was.get("areas"));
            for (int i = 0; i < was.get("indicators").size(); i++) {
                JsonNode before = was.get("indicators").get(i);
                JsonNode after = is.get("indicators").get(i);
                assertThat(after.get("text")).isEqualTo(before.get("text"));
                assertThat(after.get("ambition")).isEqualTo(before.get("ambition"));
                assertThat(after.get("result").isNull()).isTrue();
                assertThat(after.get("reportedStatus").asString()).isEqualTo("not-assessed");
                assertThat(after.get("statusWording").isNull()).isTrue();
                if (before.get("result").isNull() || before.get("result").get("printed").isNull()) {
                    assertThat(after.get("previousResult").isNull()).isTrue();
                } else {
                    assertThat(after.get("previousResult").get("printed")).isEqualTo(before.get("result").get("printed"));
                }
            }
        }
        // The area register is shared by every year, not copied.
        assertThat(read("/api/service-areas/areas")).isNotEmpty();
    }
}
