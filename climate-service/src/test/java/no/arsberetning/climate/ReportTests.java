package no.arsberetning.climate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** {@code GET /api/climate/{year}/report}: chapter 3 in the shape of brief § 9, in the printed order. */
@TestPropertySource(properties = "spring.mongodb.database=climate-demo-data-tests")
class ReportTests extends ClimateApiTestSupport {

    @Test
    void chapterThreeHasTheSectionsInPrintedOrder() throws Exception {
        mvc.perform(get(API + "/report").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2023))
                .andExpect(jsonPath("$.chapters", hasSize(1)))
                .andExpect(jsonPath("$.chapters[0].number").value("3"))
                .andExpect(jsonPath("$.chapters[0].title").value("Klimabudsjett"))
                .andExpect(jsonPath("$.chapters[0].sections[*].title").value(Matchers.contains("Innledning", "Status for klimamålene",
                        "Indikatorer for klimagassutslipp i 2023", "Indikatorer for egen virksomhet og byen", "Utslippsbane mot 2030",
                        "Videre arbeid")));
    }

    @Test
    void theChapterDeclaresThatItsTrajectoryIsDrawnAsAChart() throws Exception {
        mvc.perform(get(API + "/report").with(as("staff")))
                .andExpect(jsonPath("$.chapters[0].charts").value(Matchers.contains("trajectory")));
    }

    @Test
    void goalsCarryReportedAndComputedStatusPerScope() throws Exception {
        String goals = "$.chapters[0].sections[1].blocks";
        mvc.perform(get(API + "/report").with(as("staff")))
                .andExpect(jsonPath(goals + "[0].type").value("text"))
                .andExpect(jsonPath(goals + "[0].html").value("<h3>Hovedmål for Trondheim by</h3>"))
                .andExpect(jsonPath(goals + "[1].type").value("goals"))
                .andExpect(jsonPath(goals + "[1].goals", hasSize(6)))
                .andExpect(jsonPath(goals + "[1].goals[2].id").value("klima-2b"))
                .andExpect(jsonPath(goals + "[1].goals[2].text").value(Matchers.startsWith("Mål 2b: I 2023 er de direkte")))
                .andExpect(jsonPath(goals + "[1].goals[2].indicators[0].text").value("Status/indikator: 20 prosent kutt per 2022"))
                .andExpect(jsonPath(goals + "[1].goals[2].indicators[0].ambition").value("I 2023: redusert med 30 prosent (referanseår 2009)"))
                .andExpect(jsonPath(goals + "[1].goals[2].indicators[0].result").value("20 prosent per 2022"))
                .andExpect(jsonPath(goals + "[1].goals[2].indicators[0].reportedStatus").value("not-assessed"))
                .andExpect(jsonPath(goals + "[1].goals[2].indicators[0].computedStatus").value("not-reached"))
                .andExpect(jsonPath(goals + "[1].goals[1].indicators[0].reportedStatus").value("reached"))
                .andExpect(jsonPath(goals + "[1].goals[1].indicators[0].reportedWording").value("Målet ble oppfylt med god margin."))
                .andExpect(jsonPath(goals + "[1].goals[1].indicators[0].computedStatus").value("reached"))
                .andExpect(jsonPath(goals + "[1].goals[4].indicators[0].text").value("Status/indikator: 3,5 TWh i 2013"))
                .andExpect(jsonPath(goals + "[1].goals[4].indicators[0].result").doesNotExist())
                .andExpect(jsonPath(goals + "[2].html").value(containsString("<h4>Mål 2b</h4><p><i>Beregnet status: Rød.")))
                .andExpect(jsonPath(goals + "[3].html").value("<h3>Hovedmål for egen virksomhet</h3>"))
                .andExpect(jsonPath(goals + "[4].goals", hasSize(5)))
                .andExpect(jsonPath(goals + "[4].goals[3].indicators[0].reportedStatus").value("partly-reached"))
                .andExpect(jsonPath(goals + "[4].goals[3].indicators[0].reportedWording").value("gul"))
                .andExpect(jsonPath(goals + "[6].html").value(containsString("⁵ Foreløpige tall for 2023")));
    }

    @Test
    void theIndicatorTableKeepsPrintedTextsAndTheTrajectoryHasItsTableAlternative() throws Exception {
        mvc.perform(get(API + "/report").with(as("staff")))
                .andExpect(jsonPath("$.chapters[0].sections[2].blocks[0].type").value("table"))
                .andExpect(jsonPath("$.chapters[0].sections[2].blocks[0].table.number").doesNotExist())
                .andExpect(jsonPath("$.chapters[0].sections[2].blocks[0].table.rows[4].cells[1].text").value("738.8 GWh"))
                .andExpect(jsonPath("$.chapters[0].sections[2].blocks[0].table.rows[2].cells[1].reason").value("not-reported"))
                .andExpect(jsonPath("$.chapters[0].sections[4].blocks[0].html").value(containsString("det mangler 10 prosentpoeng")))
                .andExpect(jsonPath("$.chapters[0].sections[4].blocks[0].html").value(containsString("7,5 prosentpoeng i året fra 2022")))
                .andExpect(jsonPath("$.chapters[0].sections[4].blocks[1].type").value("table"))
                .andExpect(jsonPath("$.chapters[0].sections[4].blocks[1].table.columns[*].label").value(Matchers.contains(
                        "Rapportert kutt", "Mål", "Nødvendig bane til 2030", "Med takten hittil")))
                .andExpect(jsonPath("$.chapters[0].sections[3].blocks[0].table.rows[?(@.label=='Andel varebiler på el (eller biogass) i egen virksomhet (prosent)')].cells[4].text")
                        .value(Matchers.hasItem("Oppgitt ulikt i teksten: 81 og 82")));
    }

    @Test
    void aYearWithoutDataHasAnEmptyChapter() throws Exception {
        mvc.perform(get("/api/climate/2019/report").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chapters[0].sections", hasSize(0)));
        mvc.perform(get("/api/climate/2019/checks").with(as("staff")))
                .andExpect(jsonPath("$", hasSize(0)));
    }
}
