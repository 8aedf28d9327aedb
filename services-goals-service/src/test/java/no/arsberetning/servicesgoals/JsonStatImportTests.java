package no.arsberetning.servicesgoals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * Key figures from Statistics Norway's PxWebApi v2 (JSON-stat 2.0): dimensions, labels and units from the
 * file's own metadata, exact values, the source table, the retrieval time and preliminary markers kept
 * with each value; a file with any error changes nothing.
 */
class JsonStatImportTests extends ServiceAreasTestBase {

    private static final String IMPORT = Y + "/key-figures/imports/json-stat";

    private static MockMultipartFile file(String name) throws IOException {
        try (InputStream in = JsonStatImportTests.class.getResourceAsStream("/jsonstat/" + name)) {
            return new MockMultipartFile("file", name, "application/json", in.readAllBytes());
        }
    }

    private List<JsonNode> imported(String sourceTable) throws Exception {
        return StreamSupport.stream(getJson(Y + "/key-figures").spliterator(), false)
                .filter(f -> f.get("origin").get("kind").asString().equals("json-stat"))
                .filter(f -> sourceTable.equals(f.get("origin").get("sourceTable").asString()))
                .toList();
    }

    @Test
    void aPxWebApiFileIsImportedWithItsOwnCodesLabelsUnitsAndMarkers() throws Exception {
        mvc.perform(multipart(IMPORT).file(file("ssb-12562-barnehager.json")).param("area", "Barnehager").with(controller()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceTable").value("12562"))
                .andExpect(jsonPath("$.source").value("Statistisk sentralbyrå"))
                .andExpect(jsonPath("$.retrievedAt").value("2024-03-15T07:00:00Z"))
                .andExpect(jsonPath("$.retrievedFrom").value("updated"))
                .andExpect(jsonPath("$.values").value(30))
                .andExpect(jsonPath("$.preliminary").value(2))
                .andExpect(jsonPath("$.missing").value(2))
                .andExpect(jsonPath("$.area").value("barnehage"))
                .andExpect(jsonPath("$.dimensions[*].role").value(containsInAnyOrder("geo", "metric", "time")));

        List<JsonNode> figures = imported("12562");
        assertThat(figures).hasSize(30);
        JsonNode trondheim = figures.stream().filter(f -> f.get("entity").asString().equals("Trondheim")
                && f.get("period").asString().equals("2023") && f.get("measure").asString().startsWith("Netto driftsutgifter"))
                .findFirst().orElseThrow();
        assertThat(trondheim.get("value").decimalValue()).isEqualByComparingTo("214073");
        assertThat(trondheim.get("unit").asString()).isEqualTo("NOK");
        assertThat(trondheim.get("preliminary").asBoolean()).isTrue();
        assertThat(trondheim.get("area").asString()).isEqualTo("barnehage");
        assertThat(trondheim.get("source").asString()).isEqualTo("Statistisk sentralbyrå, tabell 12562");
        assertThat(trondheim.get("origin").get("row").asString()).as("the measure's code, from the file").isEqualTo("KOSnettodrbhginnb0000");
        assertThat(trondheim.get("origin").get("column").asString()).isEqualTo("5001");

        JsonNode share = figures.stream().filter(f -> f.get("entity").asString().equals("Bergen")
                && f.get("period").asString().equals("2023") && f.get("unit").asString().equals("percent")).findFirst().orElseThrow();
        assertThat(share.get("value").decimalValue()).isEqualByComparingTo("93.2");
        assertThat(share.get("preliminary").asBoolean()).isFalse();

        JsonNode notYet = figures.stream().filter(f -> f.get("entity").asString().equals("Stavanger")
                && f.get("period").asString().equals("2023") && f.get("value").isNull()).findFirst().orElseThrow();
        assertThat(notYet.get("missingReason").asString()).isEqualTo("not-available-yet");
        assertThat(notYet.get("missingNote").asString()).isEqualTo("..");
        JsonNode withheld = figures.stream().filter(f -> f.get("entity").asString().equals("Landet uten Oslo")
                && f.get("value").isNull()).findFirst().orElseThrow();
        assertThat(withheld.get("missingNote").asString()).isEqualTo(":");
    }

    @Test
    void anotherTablesDimensionIdsAndSparseValuesAreReadFromItsRoles() throws Exception {
        mvc.perform(multipart(IMPORT).file(file("ssb-kostra-kultur.json")).with(controller()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceTable").value("12362"))
                .andExpect(jsonPath("$.retrievedFrom").value("upload"))
                .andExpect(jsonPath("$.dimensions[0].id").value("KOKkommuneregion0000"))
                .andExpect(jsonPath("$.dimensions[0].role").value("geo"));
        List<JsonNode> figures = imported("12362");
        assertThat(figures).hasSize(2);
        assertThat(figures.get(0).get("entity").asString()).isEqualTo("Trondheim");
        assertThat(figures.get(0).get("value").asInt()).isEqualTo(3084);
        assertThat(figures.get(1).get("entity").asString()).isEqualTo("Oslo");
        assertThat(figures.get(1).get("missingReason").asString()).isEqualTo("not-available-yet");
    }

    @Test
    void aFileWithErrorsIsRefusedWholeNamingEachAndChangesNothing() throws Exception {
        int before = getJson(Y + "/key-figures/imports").size();
        mvc.perform(multipart(IMPORT).file(file("ssb-broken.json")).with(controller()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("size", "role.time", "updated")));
        mvc.perform(multipart(IMPORT).file(new MockMultipartFile("file", "x.json", "application/json", "{\"class\":".getBytes()))
                        .with(controller()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(getJson(Y + "/key-figures/imports").size()).isEqualTo(before);
    }

    @Test
    void onlyControllersImport() throws Exception {
        for (var who : List.of(reporter("barnehage"), staff(), as("committee"))) {
            mvc.perform(multipart(IMPORT).file(file("ssb-kostra-kultur.json")).param("area", "barnehage").with(who))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(Y + "/key-figures/imports").with(staff())).andExpect(status().isOk());
    }
}
