package no.arsberetning.servicesgoals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * An area's goal report as a spreadsheet: exported pre-filled for the area named in the query, imported
 * back all or nothing. Uses the goals of chapter 10's area (flyktninger-og-innvandrere: goals 5.1–5.6).
 */
class GoalReportImportTests extends ServiceAreasTestBase {

    private static final String AREA = "flyktninger-og-innvandrere";

    private Sheet template() throws Exception {
        byte[] file = mvc.perform(get(Y + "/goals/report.xlsx").param("area", "Flyktninger og innvandrere").with(staff()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        return TabularFiles.read("mal.xlsx", file).get(0);
    }

    private static List<List<String>> editable(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        sheet.rows().forEach(r -> rows.add(new ArrayList<>(r)));
        return rows;
    }

    private static int row(List<List<String>> rows, String key) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).get(0).equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no row " + key);
    }

    private MockMultipartFile xlsx(List<List<String>> rows) {
        return new MockMultipartFile("file", "mal.xlsx", "application/octet-stream",
                TabularFiles.writeXlsx(List.of(new Sheet("mål", rows))));
    }

    @Test
    void theTemplateHoldsTheAreasGoalsAndIndicatorsAsTheyStand() throws Exception {
        Sheet sheet = template();
        assertThat(sheet.header()).containsExactly("Nøkkel", "Mål / indikator", "Ambisjon", "Resultat", "Status", "Kommentar",
                "Vurdering av målet");
        List<List<String>> rows = sheet.rows();
        assertThat(rows.get(1).get(0)).isEqualTo("5.1");
        assertThat(rows.get(row(editable(sheet), "5.6/2")).get(4)).isEqualTo("Målet er i stor grad nådd");
        assertThat(rows.stream().filter(r -> !r.get(0).contains("/")).count()).as("header and six goals").isEqualTo(7);
    }

    @Test
    void aFilledInSheetChangesExactlyWhatWasChanged() throws Exception {
        List<List<String>> rows = editable(template());
        int indicator = row(rows, "5.6/5");
        rows.get(indicator).set(5, "Tallet er bekreftet av IMDi.");
        long before = getJson(Y + "/goals/5.6").get("version").asLong();
        try {
            mvc.perform(multipart(Y + "/goals/imports").file(xlsx(rows)).param("area", "Flyktninger og innvandrere")
                            .with(reporter(AREA)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.area").value(AREA))
                    .andExpect(jsonPath("$.goalsChanged[0]").value("5.6"))
                    .andExpect(jsonPath("$.indicatorsChanged").value(1))
                    .andExpect(jsonPath("$.assessmentsChanged").value(0));
            var goal = getJson(Y + "/goals/5.6");
            assertThat(goal.get("version").asLong()).isEqualTo(before + 1);
            assertThat(goal.get("indicators").get(4).get("comment").asString()).isEqualTo("Tallet er bekreftet av IMDi.");
            assertThat(goal.get("indicators").get(4).get("provenance").get("by").asString()).isEqualTo("reporter." + AREA);
            assertThat(goal.get("indicators").get(4).get("reportedStatus").asString()).isEqualTo("reached");
        } finally {
            rows.get(indicator).set(5, "");
            mvc.perform(multipart(Y + "/goals/imports").file(xlsx(rows)).param("area", AREA).with(controller()))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aSheetWithAnyErrorChangesNothingAndNamesEveryError() throws Exception {
        List<List<String>> rows = editable(template());
        rows.get(row(rows, "5.6/5")).set(5, "Gyldig endring som ikke skal lagres.");
        rows.get(row(rows, "5.6/4")).set(4, "Vi får se");
        rows.add(new ArrayList<>(List.of("4.1", "", "", "", "", "", "Skolens vurdering")));
        rows.add(new ArrayList<>(List.of("5.6/17", "", "", "", "", "", "")));
        long before = getJson(Y + "/goals/5.6").get("version").asLong();

        mvc.perform(multipart(Y + "/goals/imports").file(xlsx(rows)).param("area", AREA).with(reporter(AREA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.column=='Status')].row").value(row(rows, "5.6/4") + 1))
                .andExpect(jsonPath("$.errors[?(@.row==" + (row(rows, "4.1") + 1) + ")].message")
                        .value("Målet «4.1» gjelder ikke «Flyktninger og innvandrere»."))
                .andExpect(jsonPath("$.errors[?(@.row==" + (row(rows, "5.6/17") + 1) + ")].column").value("Nøkkel"));

        var goal = getJson(Y + "/goals/5.6");
        assertThat(goal.get("version").asLong()).isEqualTo(before);
        assertThat(goal.get("indicators").get(4).get("comment").isNull()).isTrue();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsA400NamingTheFile() throws Exception {
        mvc.perform(multipart(Y + "/goals/imports").file(new MockMultipartFile("file", "mal.pdf", "application/pdf", new byte[] {1}))
                        .param("area", AREA).with(reporter(AREA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }
}
