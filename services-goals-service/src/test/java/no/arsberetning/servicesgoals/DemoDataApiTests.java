package no.arsberetning.servicesgoals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo dataset of chapters 4–19 as the API serves it: every table with its printed values, the
 * register with its aliases, every goal and indicator with its reported status, accounts per area, key
 * figures, and the report document.
 */
class DemoDataApiTests extends ServiceAreasTestBase {

    @Test
    void all36TablesOfChapters4To19AreThereUnderTheirPrintedNumbers() throws Exception {
        JsonNode tables = getJson(Y + "/tables");
        List<String> numbers = new ArrayList<>();
        tables.forEach(t -> numbers.add(t.get("number").asString()));
        assertThat(numbers).hasSize(36).startsWith("4.1", "4.2", "4.3", "4.4").endsWith("18.5", "19.1", "19.2")
                .contains("6.1", "7.1", "17.4").doesNotContain("17.3");
        tables.forEach(t -> assertThat(t.get("source").asString()).isEqualTo("demo-seed"));
    }

    @Test
    void cellsArePrintedTextAndExactNumbersWithTheirSigns() throws Exception {
        mvc.perform(get(Y + "/tables/4.1").with(staff()))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.areas[0]").value("barnehage"))
                .andExpect(jsonPath("$.section").value("area:barnehage"))
                .andExpect(jsonPath("$.rows[0].cells[0].text").value("1 982,2"))
                .andExpect(jsonPath("$.rows[0].cells[0].value").value(1982.2))
                .andExpect(jsonPath("$.rows[0].cells[3].text").value("10,5"));
        mvc.perform(get(Y + "/tables/16.1").with(staff()))
                .andExpect(jsonPath("$.rows[0].cells[0].text").value("-90,3"))
                .andExpect(jsonPath("$.rows[0].cells[0].value").value(-90.3))
                .andExpect(jsonPath("$.rows[0].cells[3].value").value(13.8));
        mvc.perform(get(Y + "/tables/7.1").with(staff()))
                .andExpect(jsonPath("$.columns[*].label").value(org.hamcrest.Matchers.contains("Regnskap", "Revidert budsjett",
                        "Opprinnelig budsjett", "Avvik regnskap og revidert budsjett")));
        mvc.perform(get(Y + "/tables/18.5").with(staff()))
                .andExpect(jsonPath("$.rows[3].cells[1].text").value("37,1"))
                .andExpect(jsonPath("$.rows[0].cells[0].text").value("0,50"))
                .andExpect(jsonPath("$.rows[0].cells[0].value").value(0.50));
    }

    @Test
    void aMissingValueCarriesItsReasonInTheReport() throws Exception {
        JsonNode report = getJson(Y + "/report");
        JsonNode t46 = table(report, "4.6");
        JsonNode star = t46.get("rows").get(0).get("cells").get(1);
        assertThat(star.get("text").asString()).isEqualTo("*");
        assertThat(star.get("value").isNull()).isTrue();
        assertThat(star.get("reason").asString()).as("explained by the table's note «*) Ikke tilgjengelig tall per dags dato»")
                .isEqualTo("not-available-yet");
        JsonNode feiing = table(report, "18.4").get("rows").get(3);
        assertThat(feiing.get("label").asString()).isEqualTo("Feiing");
        assertThat(feiing.get("cells").get(0).get("value").asInt()).isEqualTo(329);
        assertThat(feiing.get("cells").get(1).get("text").asString()).isEmpty();
        assertThat(feiing.get("cells").get(1).get("reason").asString()).isEqualTo("not-reported");
    }

    @Test
    void theRegisterHasThe22CodesWithNamesAliasesAndChapters() throws Exception {
        mvc.perform(get(API + "/areas").with(reporter("skole")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(22)))
                .andExpect(jsonPath("$[?(@.code=='barnehage')].aliases[0]").value("Barnehager"))
                .andExpect(jsonPath("$[?(@.code=='naering-og-innkjop')].chapter").value("14"))
                .andExpect(jsonPath("$[*].code").value(hasItem("sentrale-bevilgninger")));
        mvc.perform(get(API + "/areas/resolve").param("name", "Barne-og fam.tjenester").with(staff()))
                .andExpect(jsonPath("$.code").value("barne-og-familietjenesten"));
        mvc.perform(get(API + "/areas/resolve").param("name", "Kirker og kirkegårder").with(staff()))
                .andExpect(jsonPath("$.code").value("kirke-og-gravlunder"));
        mvc.perform(get(API + "/areas/resolve").param("name", "Helsevesenet").with(staff()))
                .andExpect(status().isNotFound());
        mvc.perform(get(Y + "/chapters").with(staff()))
                .andExpect(jsonPath("$", hasSize(16)))
                .andExpect(jsonPath("$[?(@.number=='5')].areas[*]").value(hasItem("flyktninger-og-innvandrere")));
    }

    @Test
    void every48GoalsAnd80IndicatorsAreThereWithTheirReportedStatus() throws Exception {
        JsonNode goals = getJson(Y + "/goals");
        assertThat(goals.size()).isEqualTo(48);
        int indicators = 0;
        Set<String> wordings = new TreeSet<>();
        for (JsonNode goal : goals) {
            for (JsonNode i : goal.get("indicators")) {
                indicators++;
                assertThat(i.get("reportedStatus").isNull()).as("every indicator has a reported status").isFalse();
                if (!i.get("statusWording").isNull()) {
                    wordings.add(i.get("statusWording").asString());
                }
            }
        }
        assertThat(indicators).isEqualTo(80);
        assertThat(wordings).contains("Målet er nådd", "Målet er delvis nådd", "Målet er i stor grad nådd", "Målet er ikke nådd");

        mvc.perform(get(Y + "/goals/5.6").with(staff()))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.indicators[0].number").doesNotExist())
                .andExpect(jsonPath("$.indicators[1].number").value("1"))
                .andExpect(jsonPath("$.indicators[1].reportedStatus").value("largely-reached"))
                .andExpect(jsonPath("$.indicators[1].statusWording").value("Målet er i stor grad nådd"))
                .andExpect(jsonPath("$.indicators[1].ambition.kind").value("all"))
                .andExpect(jsonPath("$.indicators[1].result.value").value(91))
                .andExpect(jsonPath("$.indicators[1].computedStatus").value("largely-reached"));
        mvc.perform(get(Y + "/goals/5.2").with(staff()))
                .andExpect(jsonPath("$.indicators[0].reportedStatus").value("not-assessed"))
                .andExpect(jsonPath("$.indicators[0].statusWording").doesNotExist());
        mvc.perform(get(Y + "/goals/15.2").with(staff()))
                .andExpect(jsonPath("$.indicators[1].reportedStatus").value("not-reached"))
                .andExpect(jsonPath("$.indicators[1].statusWording")
                        .value("Målet om å opprettholde antall dekar økologisk korridor er ikke nådd"));
        mvc.perform(get(Y + "/goals").param("area", "Barnehager").with(staff()))
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[0].key").value("4.1"));
    }

    @Test
    void accountsPerAreaForTheComparisonWithTable12() throws Exception {
        mvc.perform(get(Y + "/accounts").with(staff()))
                .andExpect(jsonPath("$", hasSize(17)))
                .andExpect(jsonPath("$[?(@.area=='kvalifisering-og-velferd')].table").value("6.1"))
                .andExpect(jsonPath("$[?(@.area=='kvalifisering-og-velferd')].actual.text").value("852,7"))
                .andExpect(jsonPath("$[?(@.area=='kvalifisering-og-velferd')].revisedBudget.value").value(844.3))
                .andExpect(jsonPath("$[?(@.area=='kvalifisering-og-velferd')].originalBudget.value").value(635.3))
                .andExpect(jsonPath("$[?(@.area=='kvalifisering-og-velferd')].deviation.text").value("8,4"))
                .andExpect(jsonPath("$[?(@.area=='kvalifisering-og-velferd')].computedDeviation").value(-8.4))
                .andExpect(jsonPath("$[?(@.area=='kvalifisering-og-velferd')].signConvention.printed").value(false));
        mvc.perform(get(Y + "/accounts/Skoler").with(staff()))
                .andExpect(jsonPath("$.area").value("skole"))
                .andExpect(jsonPath("$.deviation.value").value(-32.0));
        mvc.perform(get(Y + "/accounts/skole/explanation").with(staff()))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.section").value("area:skole"))
                .andExpect(jsonPath("$.html").value(org.hamcrest.Matchers.startsWith("<p>Skoleområdet har et merforbruk på 32 millioner")));
    }

    @Test
    void keyFiguresComeFromTheKostraTablesWithEntityPeriodUnitAndSource() throws Exception {
        mvc.perform(get(Y + "/key-figures").param("table", "6.2").param("entity", "Stavanger").with(staff()))
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[0].period").value("2023"))
                .andExpect(jsonPath("$[0].value").value(7427))
                .andExpect(jsonPath("$[0].unit").value("NOK"))
                .andExpect(jsonPath("$[0].basis").value("innbygger 18-66 år"))
                .andExpect(jsonPath("$[0].source").value("SSB/KOSTRA"))
                .andExpect(jsonPath("$[0].area").value("kvalifisering-og-velferd"));
        mvc.perform(get(Y + "/key-figures").param("table", "4.6").param("entity", "ASSS gjennomsnitt").with(staff()))
                .andExpect(jsonPath("$[0].missingReason").value("not-available-yet"))
                .andExpect(jsonPath("$[0].missingNote").value("Ikke tilgjengelig tall per dags dato"));
        mvc.perform(get(Y + "/key-figures").param("table", "17.2").param("period", "2018").with(staff()))
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].entity").value("Trondheim"))
                .andExpect(jsonPath("$[0].unit").value("weeks"))
                .andExpect(jsonPath("$[0].value").value(54));
    }

    @Test
    void theReportHasChapters4To19WithPrintedTitlesTablesAndGoalsWithBothStatuses() throws Exception {
        JsonNode report = getJson(Y + "/report");
        List<String> chapters = new ArrayList<>();
        report.get("chapters").forEach(c -> chapters.add(c.get("number").asString() + ". " + c.get("title").asString()));
        assertThat(chapters).hasSize(16).startsWith("4. Oppvekst og utdanning", "5. Helse og velferd")
                .endsWith("19. Eiendomstjenester");
        List<String> numbers = new ArrayList<>();
        report.findValues("table").forEach(t -> numbers.add(t.get("number").asString()));
        assertThat(numbers).hasSize(36);
        assertThat(table(report, "6.1").get("signConvention").asString()).startsWith("Positive tall er mindreforbruk");

        JsonNode goals = report.findValues("goals").stream().filter(JsonNode::isArray).toList().stream()
                .flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false)).filter(g -> g.get("id").asString().equals("5.4"))
                .findFirst().orElseThrow();
        JsonNode kvp = goals.get("indicators").get(1);
        assertThat(kvp.get("reportedStatus").asString()).isEqualTo("reached");
        assertThat(kvp.get("reportedWording").asString()).isEqualTo("Målet er nådd");
        // 49,7 → 58,9 %: the text's «9,2 prosent» is percentage points, a rise of 18,5 % against the ambition's 10 %
        assertThat(kvp.get("computedStatus").asString()).isEqualTo("reached");
        assertThat(kvp.get("ambition").asString()).startsWith("Ambisjonen vår er at andelen øker med 10 prosent");
    }

    static JsonNode table(JsonNode report, String number) {
        return report.findValues("table").stream().filter(t -> number.equals(t.get("number").asString())).findFirst().orElseThrow();
    }
}
