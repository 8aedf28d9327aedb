package no.arsberetning.keyfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * A report's key-figure table, as the gateway writes it in JSON-stat (chapter 11's culture table, shaped like 4.4),
 * filled from the store and read back by the core's table reader, the one every table import uses.
 */
class TableFillTests extends KeyFiguresTestBase {

    /** The table as /api/reports/{year}/tables/{id}.json gives it: a heading row, two key-figure rows, six columns. */
    private static final String TABLE = """
            {"version": "2.0", "class": "dataset", "label": "Tabell 11.2 Nøkkeltall for kultur. Kilde: SSB/KOSTRA",
             "source": "Trondheim kommune, Årsberetning 2023 (arbeidsdata, ikke publisert)",
             "id": ["period", "entity", "measure"], "size": [1, 3, 7], "role": {"time": ["period"], "metric": ["measure"]},
             "dimension": {
               "period": {"label": "år", "category": {"index": ["2023"], "label": {"2023": "2023"}}},
               "entity": {"label": "Indikator", "category": {"index": ["prioritet", "netto-per-innbygger", "andel"],
                 "label": {"prioritet": "Prioritet", "netto-per-innbygger": "Netto driftsutgifter til kultur per innbygger, kr",
                           "andel": "Kultur i prosent av totale netto driftsutgifter"}}},
               "measure": {"label": "kolonne", "category": {"index": ["indikator", "trondheim-2022", "trondheim-2023", "oslo-2023",
                   "bergen-2023", "stavanger-2023", "asss-2023"],
                 "label": {"indikator": "Indikator", "trondheim-2022": "Trondheim 2022", "trondheim-2023": "Trondheim 2023",
                           "oslo-2023": "Oslo 2023", "bergen-2023": "Bergen 2023", "stavanger-2023": "Stavange r 2023",
                           "asss-2023": "ASSS gjennomsnit t 2023"}}}},
             "value": [null, null, null, null, null, null, null,
                       null, 1, 2, 3, 4, 5, 6,
                       null, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
             "extension": {"arsberetning": {"table": "11.2", "number": "11.2",
               "text": ["", "", "", "", "", "", "",
                        "", "1", "2", "3", "4", "5", "6",
                        "", "1,0", "2,0", "3,0", "4,0", "5,0", "6,0"]}}}
            """;

    @BeforeEach
    void theCultureFiguresAreStored() throws Exception {
        assertThat(importFile("12362.json", resource("jsonstat/ssb-12362-kultur.json")).get("state").asString()).isEqualTo("done");
    }

    @Test
    void theMappedRowsAreFilledFromTheStoreByWhatTheColumnHeadingsName() throws Exception {
        String request = "{\"table\": " + TABLE + ", \"rows\": {\"netto-per-innbygger\": \"KOSkulturinnb0000\","
                + " \"Kultur i prosent av totale netto driftsutgifter\": \"KOSandelkultur0000\"}}";

        JsonNode result = json.readTree(mvc.perform(post(API + "/table-fills").with(as("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filled").value(12))
                .andReturn().getResponse().getContentAsByteArray());

        List<Sheet> sheets = TabularFiles.read("11.2.json", json.writeValueAsBytes(result.get("table")));
        Sheet sheet = sheets.get(0);
        assertThat(sheet.name()).isEqualTo("11.2");
        assertThat(sheet.rows().get(1)).containsExactly("Prioritet", "", "", "", "", "", "", "");
        // ASSS 2023: the mean of the members with a value (Oslo, Bergen, Trondheim, Stavanger, Bærum; Sandnes has «..»)
        assertThat(sheet.rows().get(2)).containsExactly("Netto driftsutgifter til kultur per innbygger, kr", "",
                "2\u00a0911", "3\u00a0084", "3\u00a0716", "3\u00a0290", "3\u00a0412", "3\u00a0285");
        assertThat(sheet.rows().get(3)).containsExactly("Kultur i prosent av totale netto driftsutgifter", "",
                "3,8", "3,9", "4,5", "4,3", "4,6", "4,1");
    }

    @Test
    void aColumnCanBeGivenItsSourceAndACellTheStoreLacksIsLeftAndReported() throws Exception {
        String request = "{\"table\": " + TABLE + ", \"rows\": {\"netto-per-innbygger\": \"KOSkulturinnb0000\"},"
                + " \"columns\": {\"oslo-2023\": {\"region\": \"1108\", \"year\": 2023}, \"Bergen 2023\": {\"region\": \"4601\", \"year\": 2019},"
                + " \"asss-2023\": {\"group\": \"egne\", \"year\": 2023, \"statistic\": \"median\"}}}";

        JsonNode result = json.readTree(mvc.perform(post(API + "/table-fills").with(as("reporter"))
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());

        Sheet sheet = TabularFiles.read("11.2.json", json.writeValueAsBytes(result.get("table"))).get(0);
        assertThat(sheet.rows().get(2)).containsExactly("Netto driftsutgifter til kultur per innbygger, kr", "",
                "2\u00a0911", "3\u00a0084", "..", "4", "3\u00a0412", "3\u00a0412");
        JsonNode bergen = null;
        for (JsonNode cell : result.get("cells")) {
            bergen = cell.get("column").asString().equals("Bergen 2023") ? cell : bergen;
        }
        assertThat(bergen.get("year").asString()).isEqualTo("2019");
        assertThat(bergen.get("problem").asString()).isEqualTo("Lageret har ikke dette tallet; cellen er uendret.");
    }

    @Test
    void aTableThatIsNotThePlatformsJsonStatIsRefused() throws Exception {
        mvc.perform(post(API + "/table-fills").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"table\": {\"id\": [\"a\"]}, \"rows\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("table.dimension.entity"));
        mvc.perform(post(API + "/table-fills").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"table\": " + TABLE + ", \"rows\": {}}"))
                .andExpect(status().isForbidden());
    }
}
