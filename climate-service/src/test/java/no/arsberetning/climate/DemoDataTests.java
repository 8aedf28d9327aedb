package no.arsberetning.climate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The demo data readable as printed: goals, indicators, tables, figures, text indicators, trajectory, investments. */
@TestPropertySource(properties = "spring.mongodb.database=climate-demo-data-tests")
class DemoDataTests extends ClimateApiTestSupport {

    @Test
    void theThreePrintedTablesAreLoadedThroughTheSharedImportPathAsPrinted() throws Exception {
        mvc.perform(get(API + "/tables").with(as("staff")))
                .andExpect(jsonPath("$[*].key").value(org.hamcrest.Matchers.contains("tabell-1", "tabell-2", "tabell-3")))
                .andExpect(jsonPath("$[0].section").value("goals"))
                .andExpect(jsonPath("$[2].section").value("indicators"));
        mvc.perform(get(API + "/tables/tabell-3").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.number").doesNotExist())
                .andExpect(jsonPath("$.caption").value("Indikatorer for klimagassutslipp i 2023"))
                .andExpect(jsonPath("$.provenance.source").value("demo-seed"))
                .andExpect(jsonPath("$.provenance.fileName").value("chapter-3.json"))
                .andExpect(jsonPath("$.rows[4].cells[1].text").value("738.8 GWh"))
                .andExpect(jsonPath("$.rows[4].cells[1].value").value(738.8));
        mvc.perform(get(API + "/tables/tabell-3.csv").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("~ 100 prosent")));
    }

    @Test
    void allElevenGoalsAreReadableAsPrintedWithScope() throws Exception {
        mvc.perform(get(API + "/goals").with(as("reporter", "skole")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(11)))
                .andExpect(jsonPath("$[*].number").value(org.hamcrest.Matchers.contains("1", "2a", "2b", "3", "4", "5", "6", "7", "8", "9", "10")))
                .andExpect(jsonPath("$[?(@.scope=='city')]", hasSize(6)))
                .andExpect(jsonPath("$[?(@.scope=='organisation')]", hasSize(5)))
                .andExpect(jsonPath("$[2].text").value("I 2023 er de direkte klimagassutslippene redusert med 30 prosent sammenlignet med 2009."))
                .andExpect(jsonPath("$[2].statusIndicator").value("20 prosent kutt per 2022"))
                .andExpect(jsonPath("$[2].referenceYear").value(2009))
                .andExpect(jsonPath("$[2].targetYear").value(2023))
                .andExpect(jsonPath("$[2].targetValue").value("redusert med 30 prosent"))
                .andExpect(jsonPath("$[2].provenance.source").value("demo-seed"));
    }

    @Test
    void commentsAreSafeMarkupWithFootnoteMarksKeptApartFromTheirNumbers() throws Exception {
        mvc.perform(get(API + "/goals/4").with(as("staff")))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.comment").value(containsString("3,74⁵ TWh")))
                .andExpect(jsonPath("$.comment").value(not(containsString("3,745"))))
                .andExpect(jsonPath("$.comment").value(containsString("<li>")))
                .andExpect(jsonPath("$.comment").value(not(containsString("style="))));
        mvc.perform(get(API + "/goals/7").with(as("staff")))
                .andExpect(jsonPath("$.text").value(containsString("2017⁶")));
    }

    @Test
    void reportedStatusIsGivenForTwoGoalsAndTheComputedStatusBesideIt() throws Exception {
        mvc.perform(get(API + "/goals/2a").with(as("staff")))
                .andExpect(jsonPath("$.reportedStatus").value("green"))
                .andExpect(jsonPath("$.statusWording").value("Målet ble oppfylt med god margin."))
                .andExpect(jsonPath("$.actualSource").value("trajectory"))
                .andExpect(jsonPath("$.actual.year").value(2022))
                .andExpect(jsonPath("$.actual.value.value").value(20))
                .andExpect(jsonPath("$.computedStatus").value("green"));
        mvc.perform(get(API + "/goals/9").with(as("staff")))
                .andExpect(jsonPath("$.reportedStatus").value("yellow"))
                .andExpect(jsonPath("$.statusWording").value("gul"))
                .andExpect(jsonPath("$.target.value").value(30))
                .andExpect(jsonPath("$.computedStatus").doesNotExist());
        mvc.perform(get(API + "/goals/2b").with(as("staff")))
                .andExpect(jsonPath("$.reportedStatus").value("not-assessed"))
                .andExpect(jsonPath("$.computedStatus").value("red"))
                .andExpect(jsonPath("$.computedExplanation").value("Ikke nådd: 20 prosent per 2022, målet var 30 prosent i 2023."));
        mvc.perform(get(API + "/goals/5").with(as("staff")))
                .andExpect(jsonPath("$.computedStatus").value("red"))
                .andExpect(jsonPath("$.computedExplanation").value(containsString("krever 49,5 prosent per 2022")));
        mvc.perform(get(API + "/goals/7").with(as("staff")))
                .andExpect(jsonPath("$.actualSource").value("status-indicator"))
                .andExpect(jsonPath("$.actual.value.value").value(10.1))
                .andExpect(jsonPath("$.computedStatus").value("green"));
        mvc.perform(get(API + "/goals/4").with(as("staff")))
                .andExpect(jsonPath("$.actual").doesNotExist())
                .andExpect(jsonPath("$.computedStatus").doesNotExist());
    }

    @Test
    void emissionIndicatorsCarryTheirSectorValueAsPrintedAndReadAndTrend() throws Exception {
        mvc.perform(get(API + "/indicators").with(as("staff")))
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[0].sector").value("Veitrafikk"))
                .andExpect(jsonPath("$[0].value.text").value("1,6 prosent"))
                .andExpect(jsonPath("$[0].value.value").value(1.6))
                .andExpect(jsonPath("$[0].value.unit").value("percent"))
                .andExpect(jsonPath("$[0].trend").value("up"))
                .andExpect(jsonPath("$[2].sector").value("Veitrafikk"))
                .andExpect(jsonPath("$[2].indicator").value("Drivstofforbruk i bybussene i Trondheim"))
                .andExpect(jsonPath("$[2].value.value").doesNotExist())
                .andExpect(jsonPath("$[2].value.reason").value("not-reported"))
                .andExpect(jsonPath("$[2].trend").value("down"))
                .andExpect(jsonPath("$[3].value.text").value("10,0 prosent"))
                .andExpect(jsonPath("$[4].sector").value("Energiforsyning"))
                .andExpect(jsonPath("$[4].value.value").value(738.8))
                .andExpect(jsonPath("$[4].value.unit").value("GWh"))
                .andExpect(jsonPath("$[5].value.text").value("~ 100 prosent"))
                .andExpect(jsonPath("$[5].value.value").doesNotExist())
                .andExpect(jsonPath("$[5].value.problem").value("«~ 100 prosent» er ikke et tall"))
                .andExpect(jsonPath("$[0].comment").value(containsString("Byindeks Trondheimsområdet")));
    }

    @Test
    void theFiguresInTheTextAreReadIncludingCountsWrittenAsWords() throws Exception {
        mvc.perform(get(API + "/figures").with(as("staff")))
                .andExpect(jsonPath("$.figures", hasSize(62)))
                .andExpect(jsonPath("$.figures[?(@.id=='egen-virksomhet-varebiler-til-2023')].number").value(81))
                .andExpect(jsonPath("$.figures[?(@.id=='byggeprosjekter-pagaende-2023')].number").value(8))
                .andExpect(jsonPath("$.figures[?(@.id=='maal5-utslippsendring-2021-2022')].number").value(0.2))
                .andExpect(jsonPath("$.figures[?(@.id=='nidarvollprosjektene-kutt')].value").value("55-57"))
                .andExpect(jsonPath("$.figures[?(@.id=='nidarvollprosjektene-kutt')].number").value(org.hamcrest.Matchers.contains((Object) null)));
    }

    @Test
    void organisationIndicatorsComeFromTheTextWithEveryStatementOfAValue() throws Exception {
        mvc.perform(get(API + "/organisation-indicators").with(as("staff")))
                .andExpect(jsonPath("$[?(@.key=='varebiler-egen-virksomhet')].values[1].value.value").value(81))
                .andExpect(jsonPath("$[?(@.key=='varebiler-egen-virksomhet')].values[1].statements[1].value.value").value(82))
                .andExpect(jsonPath("$[?(@.key=='varebiler-egen-virksomhet')].values[1].statementsAgree").value(false))
                .andExpect(jsonPath("$[?(@.key=='elbiler-egen-virksomhet')].values[1].statementsAgree").value(true))
                .andExpect(jsonPath("$[?(@.key=='tunge-kjoretoy-egen-virksomhet')].target.reached").value(true))
                .andExpect(jsonPath("$[?(@.key=='energiforbruk-egen-virksomhet-kutt-fra-aret-for')].target.reached").value(false))
                .andExpect(jsonPath("$[?(@.key=='fossilfrie-anleggsprosjekter')].share.share.text").value("96,7"));
    }

    @Test
    void theTrajectoryHasTheGapNowAndTheCutPerYearStillNeeded() throws Exception {
        mvc.perform(get(API + "/trajectory").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.referenceYear").value(2009))
                .andExpect(jsonPath("$.latest.year").value(2022))
                .andExpect(jsonPath("$.latest.reduction.value").value(20))
                .andExpect(jsonPath("$.latest.statements", hasSize(3)))
                .andExpect(jsonPath("$.latest.statementsAgree").value(true))
                .andExpect(jsonPath("$.targets[*].year").value(org.hamcrest.Matchers.contains(2020, 2023, 2030)))
                .andExpect(jsonPath("$.targets[1].kind").value("interim"))
                .andExpect(jsonPath("$.targets[1].reached").value(false))
                .andExpect(jsonPath("$.targets[1].gap.value").value(10))
                .andExpect(jsonPath("$.targets[1].gap.unit").value("percentage-points"))
                .andExpect(jsonPath("$.targets[2].kind").value("final"))
                .andExpect(jsonPath("$.outlook.remaining.value").value(60.0))
                .andExpect(jsonPath("$.outlook.requiredPerYear.text").value("7,5"))
                .andExpect(jsonPath("$.outlook.requiredAnnualRate.text").value("15,9"))
                .andExpect(jsonPath("$.outlook.paceSoFar.text").value("1,5"))
                .andExpect(jsonPath("$.chart.series[*].key").value(org.hamcrest.Matchers.contains("reported", "targets", "required", "pace-so-far")))
                .andExpect(jsonPath("$.chart.series[0].points[0].year").value(2009))
                .andExpect(jsonPath("$.chart.series[0].points[0].value").value(0));
        mvc.perform(get(API + "/trajectory/table").with(as("staff")))
                .andExpect(jsonPath("$.rows[0].label").value("2009"))
                .andExpect(jsonPath("$.rows[?(@.label=='2023')].cells[0].reason").value("not-available-yet"))
                .andExpect(jsonPath("$.rows[?(@.label=='2023')].cells[1].value").value(30));
    }

    @Test
    void climateInvestmentsNameFinancesLineAndSayTheAmountsAreNotPrinted() throws Exception {
        mvc.perform(get(API + "/investments").with(as("staff")))
                .andExpect(jsonPath("$.unit").value("MNOK"))
                .andExpect(jsonPath("$.measures", hasSize(2)))
                .andExpect(jsonPath("$.measures[0].budget.reason").value("not-reported"))
                .andExpect(jsonPath("$.totalBudget").doesNotExist())
                .andExpect(jsonPath("$.measuresWithoutAmounts").value(2))
                .andExpect(jsonPath("$.comparableWith.table").value("1.4"))
                .andExpect(jsonPath("$.comparableWith.row").value("Klimainvesteringer"));
    }

    @Test
    void theChaptersTextsAreTheSharedCoresTexts() throws Exception {
        mvc.perform(get(API + "/texts").with(as("staff")))
                .andExpect(jsonPath("$[*].key").value(org.hamcrest.Matchers.containsInAnyOrder("innledning", "videre-arbeid")))
                .andExpect(jsonPath("$[?(@.key=='videre-arbeid')].html").value(org.hamcrest.Matchers.hasItem(containsString("hver niende varebil"))));
        mvc.perform(get(API + "/sections").with(as("staff")))
                .andExpect(jsonPath("$[*].key").value(org.hamcrest.Matchers.contains("goals", "indicators", "trajectory", "figures",
                        "investments", "texts")));
    }
}
