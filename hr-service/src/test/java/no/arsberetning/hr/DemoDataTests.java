package no.arsberetning.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo dataset (Årsberetning 2023, chapter 2) as loaded through the real import path: every table
 * under its printed number with the printed values, the text's figures, the inspections, and the chapter
 * as a report document in the printed order.
 */
class DemoDataTests extends HrApiTestSupport {

    @Test
    void everyChapterTwoTableIsStoredAsPrinted() throws Exception {
        JsonNode list = getJson(API + "/tables");
        List<String> numbers = new ArrayList<>();
        list.forEach(t -> numbers.add(t.get("number").asString()));
        assertThat(numbers).containsExactly("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11");
        assertThat(list.get(3).get("section").asString()).isEqualTo("table:2.4");
        assertThat(list.get(3).get("source").asString()).isEqualTo("demo-seed");

        mvc.perform(get(API + "/tables/2.4").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.columns[0].label").value("Kvinne Antall"))
                .andExpect(jsonPath("$.columns[0].type").value("NUMBER"))
                .andExpect(jsonPath("$.rows[0].label").value("Byutvikling"))
                .andExpect(jsonPath("$.rows[0].cells[0].text").value("652"))
                .andExpect(jsonPath("$.rows[0].cells[0].value").value(652))
                .andExpect(jsonPath("$.rows[7].kind").value("total"))
                .andExpect(jsonPath("$.rows[7].cells[6].value").value(15208))
                .andExpect(jsonPath("$.provenance.fileName").value("chapter-2.json"));
        mvc.perform(get(API + "/tables/2.10").with(as("reporter", "skole")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[2].cells[1].text").value("91%"))
                .andExpect(jsonPath("$.rows[2].cells[1].value").value(91));
    }

    /** One printed cell of every table by row key and column position, as the end-to-end suite reads them. */
    @ParameterizedTest(name = "table {0}, {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "2.1|it-driftsfaget|2|1", "2.2|nye-ut|3|-97", "2.3|tkp|0|177", "2.4|sluttsum|6|15 208",
            "2.5|fagarbeiderstillinger-og-tilsvarende|1|74", "2.6|kvinne|1|558 513", "2.7|strategisk-ledelse|5|1 261 737",
            "2.8|adjunkt|0|1005", "2.9|advokat|1|976 902", "2.10|sluttsum|1|91%", "2.11|sluttsum|2|2,50%"})
    void everyTableHoldsItsPrintedValues(String table, String row, int column, String printed) throws Exception {
        JsonNode cell = null;
        for (JsonNode r : getJson(API + "/tables/" + table).get("rows")) {
            if (r.get("key").asString().equals(row)) {
                cell = r.get("cells").get(column);
            }
        }
        assertThat(cell).as(table + " " + row).isNotNull();
        assertThat(cell.get("text").asString()).isEqualTo(printed);
        assertThat(cell.get("value").isNumber()).isTrue();
    }

    @Test
    void theReportCarriesEveryTableUnderItsPrintedNumberInThePrintedOrder() throws Exception {
        JsonNode report = getJson(API + "/report");
        assertThat(report.at("/chapters/0/number").asString()).isEqualTo("2");
        assertThat(report.at("/chapters/0/title").asString()).isEqualTo("Arbeidsgiverområdet og felles systemer");
        List<String> sections = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (JsonNode section : report.at("/chapters/0/sections")) {
            sections.add(section.get("id").asString());
            section.get("blocks").forEach(b -> {
                if ("table".equals(b.get("type").asString()) && !b.at("/table/number").isNull()) {
                    tables.add(b.at("/table/number").asString());
                }
            });
        }
        assertThat(sections).containsExactly("enheter", "table:2.1", "table:2.2", "table:2.3", "aktivitetsplikt",
                "table:2.4", "table:2.5", "lonnsutvikling", "table:2.10", "table:2.11", "likestillingsredegjorelse",
                "inspections", "varsling");
        assertThat(tables).containsExactly("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11");
    }

    @Test
    void reportCellsCarryNumberPrintedTextUnitAndMissingReason() throws Exception {
        JsonNode report = getJson(API + "/report");
        JsonNode workforce = reportTable(report, "2.4");
        JsonNode total = reportCell(workforce, "Sluttsum", "Kvinne Antall");
        assertThat(total.get("value").decimalValue()).isEqualByComparingTo("11375");
        assertThat(total.get("text").asString()).isEqualTo("11 375");
        assertThat(total.get("unit").asString()).isEqualTo("count");
        assertThat(reportCell(workforce, "Sluttsum", "Kvinne Årsverk").get("unit").asString()).isEqualTo("FTE");
        assertThat(reportCell(workforce, "Finans", "Kvinne Andel årsverk").get("unit").asString()).isEqualTo("percent");
        assertThat(reportCell(workforce, "Finans", "Kvinne Andel årsverk").get("value").decimalValue()).isEqualByComparingTo("70");
        assertThat(reportCell(reportTable(report, "2.7"), "Enhetsledere", "Mann Snitt årslønn").get("value").decimalValue())
                .isEqualByComparingTo("981250");
        assertThat(reportCell(reportTable(report, "2.7"), "Enhetsledere", "Mann Snitt årslønn").get("unit").asString())
                .isEqualTo("NOK");
        assertThat(reportCell(reportTable(report, "2.11"), "Sluttsum", "Andel i foreldreperm").get("value").decimalValue())
                .isEqualByComparingTo("2.50");
    }

    @Test
    void outflowsKeepTheirPrintedMinusAndTheTableSaysSo() throws Exception {
        JsonNode dia = reportTable(getJson(API + "/report"), "2.2");
        assertThat(reportCell(dia, "nye ut", "2023").get("value").decimalValue()).isEqualByComparingTo("-97");
        assertThat(reportCell(dia, "endring", "2023").get("value").decimalValue()).isEqualByComparingTo("-75");
        assertThat(dia.get("signConvention").asString()).contains("«nye ut» er ført med negativt fortegn");
    }

    @Test
    void aBlankCellIsAMissingValueWithItsReason() throws Exception {
        JsonNode fullTime = reportTable(getJson(API + "/report"), "2.5");
        JsonNode row = null;
        String group = "";
        for (JsonNode r : fullTime.get("rows")) {
            group = r.get("label").asString().isEmpty() ? group : r.get("label").asString();
            if (group.equals("Stillinger direkteplassert") && r.at("/cells/0/text").asString().equals("Helse og omsorgstjenester")) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.at("/cells/1/value").decimalValue()).isEqualByComparingTo("1");
        assertThat(row.at("/cells/2/value").isNull()).isTrue();
        assertThat(row.at("/cells/2/text").asString()).isEmpty();
        assertThat(row.at("/cells/2/reason").asString()).isEqualTo("not-reported");
        assertThat(row.at("/cells/4/reason").asString()).isEqualTo("not-reported");
    }

    @Test
    void theFiguresOfTheTextAreReadIncludingSpelledOutNumbers() throws Exception {
        JsonNode figures = getJson(API + "/figures").get("figures");
        assertThat(figures.size()).isEqualTo(100);
        JsonNode cases = find(figures, "varsling-saker-2023");
        assertThat(cases.get("value").asString()).isEqualTo("fem");
        assertThat(cases.get("number").decimalValue()).isEqualByComparingTo("5");
        assertThat(find(figures, "dia-kostnader-2023").get("number").decimalValue()).isEqualByComparingTo("11.3");
        assertThat(find(figures, "dia-kostnader-2023").get("unit").asString()).isEqualTo("MNOK");
        assertThat(find(figures, "diskriminering-undersokelse-periode").get("number").isNull()).isTrue();
    }

    @Test
    void theInspectionsAreLoadedWithWhatTheirTextsSay() throws Exception {
        JsonNode inspections = getJson(API + "/inspections");
        assertThat(inspections.size()).isEqualTo(26);
        JsonNode lade = find(inspections, "lade-skole");
        assertThat(lade.get("authority").asString()).isEqualTo("Arbeidstilsynet");
        assertThat(lade.get("orders").asString()).isEqualTo("seks pålegg");
        assertThat(lade.get("ordersCount").asInt()).isEqualTo(6);
        assertThat(lade.get("outcome").asString()).isEqualTo("orders");
        assertThat(lade.get("followUpStatus").asString()).isEqualTo("in-progress");
        assertThat(lade.get("deadline").asString()).isEqualTo("2024-06-30");
        assertThat(lade.get("areas").toString()).isEqualTo("[\"skole\"]");
        assertThat(find(inspections, "tonstad-skole").get("followUpStatus").asString()).isEqualTo("not-described");
        assertThat(find(inspections, "lade-hjemmetjeneste").get("outcome").asString()).isEqualTo("no-deviations");
        assertThat(find(inspections, "lade-hjemmetjeneste").get("followUpStatus").asString()).isEqualTo("not-needed");
        assertThat(find(inspections, "nav-lerkendal-2").get("outcome").asString()).isEqualTo("deviations");
        assertThat(find(inspections, "digitale-laeremidler-og-digitale-laeringsressurser").get("followUpStatus").asString())
                .isEqualTo("closed");
        mvc.perform(get(API + "/inspections/lade-skole").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void theSectionsOfTheCycleAreTheTablesTheInspectionsAndTheTextsFiguresAllForControllers() throws Exception {
        JsonNode sections = getJson(API + "/sections");
        List<String> keys = new ArrayList<>();
        sections.forEach(s -> {
            keys.add(s.get("key").asString());
            assertThat(s.get("area").isNull()).as(s.toString()).isTrue();
        });
        assertThat(keys).containsExactly("table:2.1", "table:2.2", "table:2.3", "table:2.4", "table:2.5", "table:2.6",
                "table:2.7", "table:2.8", "table:2.9", "table:2.10", "table:2.11", "inspections", "figures");
    }

    @Test
    void theWhistleblowingAndSurveyFiguresAreInTheReport() throws Exception {
        JsonNode report = getJson(API + "/report");
        JsonNode whistleblowing = section(report, "varsling").at("/blocks/0/table");
        assertThat(whistleblowing.at("/rows/0/cells/0/text").asString()).isEqualTo("fem");
        assertThat(whistleblowing.at("/rows/0/cells/0/value").asInt()).isEqualTo(5);
        assertThat(whistleblowing.at("/rows/1/cells/0/text").asString()).isEqualTo("alle");
        assertThat(whistleblowing.at("/rows/1/cells/0/value").asInt()).isEqualTo(5);
        JsonNode survey = section(report, "aktivitetsplikt").at("/blocks/0/table");
        JsonNode rate = null;
        for (JsonNode row : survey.get("rows")) {
            if (row.get("label").asString().startsWith("Svarandel")) {
                rate = row.at("/cells/0");
            }
        }
        assertThat(rate).isNotNull();
        assertThat(rate.get("value").decimalValue()).isEqualByComparingTo("58.0");
    }

    private static JsonNode section(JsonNode report, String id) {
        for (JsonNode section : report.at("/chapters/0/sections")) {
            if (section.get("id").asString().equals(id)) {
                return section;
            }
        }
        throw new AssertionError("No section " + id);
    }

    private static JsonNode find(JsonNode list, String idOrKey) {
        for (JsonNode node : list) {
            JsonNode id = node.has("key") ? node.get("key") : node.get("id");
            if (id.asString().equals(idOrKey)) {
                return node;
            }
        }
        throw new AssertionError("No " + idOrKey);
    }
}
