package no.arsberetning.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.arsberetning.finance.areas.ServiceArea;
import no.arsberetning.finance.areas.ServiceAreas;
import no.arsberetning.finance.support.DemoDataContext;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Chapter 1 of the demo dataset as the service holds it after the first start: every table readable with
 * its printed values and sign conventions, the report in the seed's order, the fiscal rules, and the
 * findings the printed report's own mistakes must produce.
 */
class FinanceDemoDataTests extends DemoDataContext {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyTableOfTheChapterIsLoadedUnderItsPrintedNumberWithProvenance() throws Exception {
        mvc.perform(get("/api/finance/2023/tables").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key").value(contains("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8",
                        "1.8-2", "1.9", "1.10")))
                .andExpect(jsonPath("$[*].number").value(contains("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8",
                        "1.8", "1.9", "1.10")))
                .andExpect(jsonPath("$[*].source").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("demo-seed"))));
        mvc.perform(get("/api/finance/2023/tables/1.8-2").with(as("reporter", "skole")))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.caption").value("Vedtatte garantier som ennå ikke er iverksatt. Tall i millioner kroner"))
                .andExpect(jsonPath("$.provenance.fileName").value("chapter-1.json"))
                .andExpect(jsonPath("$.provenance.fileSha256").isString());
    }

    @Test
    void theOperatingStatementKeepsItsSignConventionAndPrintedValues() throws Exception {
        JsonNode statement = table("1.1");
        assertThat(statement.get("signConvention").asString())
                .isEqualTo("I kolonnen avvik er positivt tall høyere inntekter eller lavere utgifter enn budsjettet.");
        // incomes are negative in the statement: rammetilskudd 2023 is printed -4 893, its deviation -36
        JsonNode rammetilskudd = row(statement, "rammetilskudd");
        assertThat(cell(rammetilskudd, 1).get("text").asString()).isEqualTo("-4 893");
        assertThat(cell(rammetilskudd, 1).get("value").decimalValue()).isEqualByComparingTo("-4893");
        assertThat(cell(rammetilskudd, 4).get("value").decimalValue()).isEqualByComparingTo("-36");
        // a surplus is negative: netto driftsresultat 2023 is printed (in bold) as -297
        JsonNode result = row(statement, "netto-driftsresultat");
        assertThat(result.get("kind").asString()).isEqualTo("total");
        assertThat(cell(result, 1).get("value").decimalValue()).isEqualByComparingTo("-297");
        assertThat(cell(result, 4).get("value").decimalValue()).isEqualByComparingTo("164");
        assertThat(row(statement, "driftsinntekter").get("kind").asString()).isEqualTo("heading");
    }

    @Test
    void tableOneTwoRowsAreTheTwentyTwoServiceAreasAndPositiveDeviationIsUnderspending() throws Exception {
        JsonNode areas = table("1.2");
        assertThat(areas.get("signConvention").asString()).isEqualTo("Positive tall er mindreforbruk, negative tall er merforbruk.");
        List<String> codes = areas.get("rows").valueStream().map(r -> r.get("area").asString()).toList();
        assertThat(codes).containsExactlyElementsOf(ServiceAreas.all().stream().map(ServiceArea::code).toList());
        assertThat(row(areas, "barne-og-fam-tjenester").get("area").asString()).isEqualTo("barne-og-familietjenesten");
        assertThat(row(areas, "botiltak-og-dagtilbud").get("area").asString()).isEqualTo("bo-og-aktivitetstilbud");
        JsonNode skoler = row(areas, "skoler");
        assertThat(skoler.get("area").asString()).isEqualTo("skole");
        assertThat(cell(skoler, 3).get("value").decimalValue()).isEqualByComparingTo("-32");
        assertThat(cell(row(areas, "samferdsel"), 0).get("text").asString()).isEqualTo("-90");
    }

    @Test
    void numbersKeepTheirPrintedPrecisionUnitAndMissingReason() throws Exception {
        JsonNode investments = table("1.4");
        assertThat(cell(row(investments, "sum-investeringer"), 0).get("text").asString()).isEqualTo("3264,5");
        assertThat(cell(row(investments, "sum-investeringer"), 0).get("value").decimalValue()).isEqualByComparingTo("3264.5");
        JsonNode ratios = table("1.5");
        JsonNode oslo = cell(row(ratios, "netto-driftsresultat"), 1);
        assertThat(oslo.get("value").decimalValue()).isEqualByComparingTo("-0.8");
        assertThat(oslo.get("unit").asString()).isEqualTo("percent");
        JsonNode pending = table("1.8-2");
        JsonNode sum = row(pending, "sum");
        assertThat(cell(sum, 0).get("value").decimalValue()).isEqualByComparingTo("27.8");
        assertThat(cell(sum, 2).get("value").isNull()).isTrue();
        assertThat(cell(sum, 2).get("reason").asString()).isEqualTo("not-reported");
        assertThat(cell(row(pending, "trondheim-renholdsverk-as"), 1).get("text").asString()).isEqualTo("Selvskyldner");
        // equity and liabilities are negative in the balance sheet
        assertThat(cell(row(table("1.7"), "disposisjonsfond"), 1).get("value").decimalValue()).isEqualByComparingTo("-2982");
    }

    @Test
    void theReportIsChapterOneWithTheSeedsSectionsAndEveryTableUnderItsPrintedNumber() throws Exception {
        mvc.perform(get("/api/finance/2023/report").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2023))
                .andExpect(jsonPath("$.chapters", hasSize(1)))
                .andExpect(jsonPath("$.chapters[0].number").value("1"))
                .andExpect(jsonPath("$.chapters[0].title").value("Økonomi"))
                .andExpect(jsonPath("$.chapters[0].sections[*].title").value(contains("Innledning",
                        "Årsresultat og netto driftsresultat", "Driftsregnskapet", "Resultat for tjenesteområdene",
                        "Investeringsregnskapet", "Økonomiske nøkkeltall", "Økonomiske handlingsregler og målsettinger",
                        "Balanseregnskap", "Garantiansvar")))
                .andExpect(jsonPath("$.chapters[0].sections[*].blocks[?(@.type=='table')].table.number").value(contains(
                        "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.8", "1.9", "1.10")))
                .andExpect(jsonPath("$.chapters[0].sections[2].blocks[0].table.columns[*].label").value(contains(
                        "Regnskap 2022", "Regnskap 2023", "Revidert budsjett 2023", "Opprinnelig budsjett 2023", "Avvik")))
                .andExpect(jsonPath("$.chapters[0].sections[2].blocks[0].table.rows[1].cells[1].value").value(-4893))
                .andExpect(jsonPath("$.chapters[0].sections[2].blocks[0].table.rows[1].cells[1].text").value("-4 893"))
                .andExpect(jsonPath("$.chapters[0].sections[2].blocks[0].table.rows[1].cells[1].unit").value("MNOK"))
                .andExpect(jsonPath("$.chapters[0].sections[8].blocks[1].table.rows[4].cells[2].reason").value("not-reported"));
    }

    @Test
    void theFiscalRulesCompareTheTargetsWithTheActualsStatedInTheText() throws Exception {
        mvc.perform(get("/api/finance/2023/fiscal-rules").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key").value(contains("korrigert-netto-driftsresultat", "disposisjonsfond",
                        "kapitalutgifter", "gjeldsgrad")))
                .andExpect(jsonPath("$[*].met").value(contains(false, false, true, true)))
                .andExpect(jsonPath("$[0].upperTarget.number").value(2.5))
                .andExpect(jsonPath("$[0].actual.value").value("-2,6"))
                .andExpect(jsonPath("$[1].target.value").value("fem"))
                .andExpect(jsonPath("$[1].target.number").value(5))
                .andExpect(jsonPath("$[3].actual.text").value("Gjeldsgraden i 2023 ble på 67,8 prosent av driftsinntektene"));
        mvc.perform(get("/api/finance/2023/report").with(as("staff")))
                .andExpect(jsonPath("$.chapters[0].sections[6].blocks[0].type").value("goals"))
                .andExpect(jsonPath("$.chapters[0].sections[6].blocks[0].goals[*].indicators[0].computedStatus")
                        .value(contains("not-reached", "not-reached", "reached", "reached")))
                .andExpect(jsonPath("$.chapters[0].sections[6].blocks[0].goals[3].indicators[0].ambition")
                        .value("gjeldsgraden skal være under 70 prosent av totale inntekter"));
    }

    @Test
    void theTextFiguresAreLoadedAsPrintedAndReadAsNumbers() throws Exception {
        mvc.perform(get("/api/finance/2023/figures").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.figures", hasSize(146)))
                .andExpect(jsonPath("$.figures[?(@.id=='pensjonspremie-total-2023')].number").value(2052))
                .andExpect(jsonPath("$.figures[?(@.id=='tilskudd-refusjoner-investeringer-mindreinntekt-2023')].number").value(2))
                .andExpect(jsonPath("$.figures[?(@.id=='driftsinntekter-avvik-revidert-budsjett-2023')].approximate").value(true))
                .andExpect(jsonPath("$.figures[?(@.id=='netto-driftsresultat-2023')].approximate").value(false))
                .andExpect(jsonPath("$.figures[?(@.id=='netto-driftsresultat-2023')].provenance.source").value("demo-seed"));
    }

    @Test
    void theSectionsAreTheTablesTheChapterTextAndOnePerServiceArea() throws Exception {
        mvc.perform(get("/api/finance/2023/sections").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(11 + 1 + 22 + 1)))
                .andExpect(jsonPath("$[0].key").value("table:1.1"))
                .andExpect(jsonPath("$[0].area").doesNotExist())
                .andExpect(jsonPath("$[11].key").value("chapter:1"))
                .andExpect(jsonPath("$[12].key").value("area:skole"))
                .andExpect(jsonPath("$[12].area").value("skole"))
                .andExpect(jsonPath("$[12].title").value("Forklaring til avvik – Skole"))
                .andExpect(jsonPath("$[33].key").value("area:sentrale-bevilgninger"))
                .andExpect(jsonPath("$[34].key").value("front-matter"))
                .andExpect(jsonPath("$[34].area").doesNotExist());
        mvc.perform(get("/api/finance/2023/texts/explanation:barnehage").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.area").value("barnehage"))
                .andExpect(jsonPath("$.section").value("area:barnehage"))
                .andExpect(jsonPath("$.html").value(""));
    }

    @Test
    void theChecksFindThePrintedMistakes() throws Exception {
        JsonNode findings = JSON.readTree(mvc.perform(get("/api/finance/2023/checks").with(as("staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        // by the one size rule (docs/checks.md): hard and material contradictions are errors, a loose figure far
        // outside its ± 10 % too; immaterial ones beyond rounding are warnings; what rounding explains is info
        assertThat(summaries(findings, "error")).containsExactlyInAnyOrder(
                "text-figure-matches-table [1.1] expected 1,366 actual 1,45",
                "text-figure-matches-table [1.1] expected 515 actual 364",
                "text-figure-matches-table [1.3] expected 3,329 actual 3,35",
                "text-figure-matches-table [1.3] expected 671 actual 741",
                "text-figure-matches-table [1.6] expected 4,6 actual 3,5",
                "text-figures-agree [] expected 551,6 actual 538");
        assertThat(summaries(findings, "warning")).containsExactlyInAnyOrder(
                "deviation-equals-budget-minus-actual [1.4] expected 13,2 actual 12,8",
                "deviation-equals-budget-minus-actual [1.4] expected 741,1 actual 740,5",
                "text-figure-matches-table [1.4] expected 23,6 actual 23,4");
        assertThat(summaries(findings, "info")).contains(
                "deviation-equals-budget-minus-actual [1.1] expected -35 actual -36",
                "deviation-equals-budget-minus-actual [1.2] expected 89 actual 90",
                "total-equals-sum [1.3] expected 1 actual 0",
                "total-equals-sum [1.7] expected -73 089 actual -73 088",
                "total-equals-sum [1.8] expected 886 actual 887",
                "text-figure-matches-table [1.1] expected 215 actual 214",
                "text-figure-matches-table [1.4] expected 12,8 actual 12,7",
                "table-matches-table [1.8, 1.9] expected 477,4 actual 478",
                // «Budsjettet for netto finansutgifter ble økt med 110 millioner»: 1 101 − 992 of rounded millions
                "text-figure-matches-table [1.1] expected 109 actual 110");
        // what holds in print gives nothing: the balance identity, the dispositions, the fund changes
        assertThat(findings.valueStream().map(f -> f.get("rule").asString()))
                .doesNotContain("balance-identity", "dispositions-equal-result", "fund-change-matches-statement",
                        "ratio-matches-inputs", "area-row-has-area", "every-area-reported");
        JsonNode first = findings.get(0);
        assertThat(first.get("severity").asString()).isEqualTo("error");
        assertThat(first.get("message").asString()).startsWith("«økte med 1,45 milliarder fra 2022 til 2023»: ");
    }

    @Test
    void aDeviationFindingNamesItsAreaAndTheTablesSignConvention() throws Exception {
        mvc.perform(get("/api/finance/2023/checks").with(as("reporter", "barnehage")))
                .andExpect(jsonPath("$[?(@.areas[0]=='barnehage')].rule").value(contains("deviation-equals-budget-minus-actual")))
                .andExpect(jsonPath("$[?(@.areas[0]=='barnehage')].message").value(contains(
                        "«Avvik» for «Barnehager» stemmer ikke med «Regulert budsjett 2023» og «Regnskap 2023» (avrundingsdifferanse). "
                                + "Avvik = regulert budsjett − regnskap; positivt avvik er mindreforbruk.")));
    }

    @Test
    void aYearWithoutDataIsNotFound() throws Exception {
        mvc.perform(get("/api/finance/2022/report").with(as("staff")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/finance/2022/checks").with(as("staff"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/finance/2023/checks").with(as("committee"))).andExpect(status().isForbidden());
    }

    private static List<String> summaries(JsonNode findings, String severity) {
        return findings.valueStream().filter(f -> f.get("severity").asString().equals(severity))
                .map(f -> f.get("rule").asString() + " " + f.get("tables").valueStream().map(JsonNode::asString).toList()
                        + " expected " + f.get("expected").asString() + " actual " + f.get("actual").asString())
                .map(summary -> summary.replace('\u00a0', ' '))
                .toList();
    }

    private JsonNode table(String key) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/finance/2023/tables/" + key).with(as("staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode row(JsonNode table, String key) {
        return table.get("rows").valueStream().filter(r -> r.get("key").asString().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key));
    }

    private static JsonNode cell(JsonNode row, int column) {
        return row.get("cells").get(column);
    }
}
