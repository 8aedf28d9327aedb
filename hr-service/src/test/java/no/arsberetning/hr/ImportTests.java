package no.arsberetning.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableSheets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Imports and edits of chapter-2 tables through the shared paths: a file with any error changes nothing
 * and names every error, a good file changes exactly its cells with the file's provenance, the template is
 * the year's tables pre-filled, and a stale edit is refused.
 */
class ImportTests extends HrApiTestSupport {

    @Test
    void anImportWithErrorsChangesNothingAndNamesEveryError() throws Exception {
        long versionOf23 = version("2.3");
        long versionOf24 = version("2.4");
        List<List<String>> disability = rows("2.3");
        disability.get(1).set(1, "178");
        disability.get(2).set(2, "ni");
        List<List<String>> workforce = rows("2.4");
        workforce.get(1).set(1, "653");
        workforce.get(0).set(2, "Kvinner årsverk");
        byte[] file = TabularFiles.writeXlsx(List.of(new Sheet("2.3", disability), new Sheet("2.4", workforce)));

        mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "kapittel-2.xlsx", "application/octet-stream",
                        file)).with(as("controller")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.sheet=='2.3')].column").value("Hele 2022"))
                .andExpect(jsonPath("$.errors[?(@.sheet=='2.4')].column").value("Kvinner årsverk"));
        assertThat(version("2.3")).isEqualTo(versionOf23);
        assertThat(version("2.4")).isEqualTo(versionOf24);
        assertThat(cellText("2.3", 0, 0)).isEqualTo("177");
        assertThat(cellText("2.4", 0, 0)).isEqualTo("652");
    }

    @Test
    void aGoodCsvImportChangesItsCellWithFileProvenance() throws Exception {
        List<List<String>> disability = rows("2.3");
        disability.get(3).set(1, "16");
        byte[] csv = TabularFiles.writeCsv(new Sheet("2.3", disability));
        try {
            mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "2.3.csv", "text/csv", csv))
                            .with(as("controller")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.tablesChanged[0]").value("2.3"))
                    .andExpect(jsonPath("$.cellsChanged").value(1));
            mvc.perform(get(API + "/tables/2.3").with(as("staff")))
                    .andExpect(jsonPath("$.rows[2].cells[0].value").value(16))
                    .andExpect(jsonPath("$.provenance.source").value("file-import"))
                    .andExpect(jsonPath("$.provenance.fileName").value("2.3.csv"));
            assertThat(findings("hr-total-equals-sum", "2.3")).singleElement()
                    .satisfies(f -> assertThat(f.get("expected").asString()).isEqualTo("200"));
        } finally {
            disability.get(3).set(1, "15");
            mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "2.3.csv", "text/csv",
                            TabularFiles.writeCsv(new Sheet("2.3", disability)))).with(as("controller")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void theTemplateHoldsEveryTablePrefilled() throws Exception {
        byte[] template = mvc.perform(get(API + "/template.xlsx").with(as("reporter", "skole")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Sheet> sheets = TabularFiles.read("mal.xlsx", template);
        assertThat(sheets).extracting(Sheet::name)
                .containsExactly("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11");
        assertThat(sheets.get(3).rows().get(0).get(1)).isEqualTo("Kvinne Antall");
        assertThat(sheets.get(3).rows().get(1).get(1)).isEqualTo("652");
    }

    @Test
    void aStaleCellEditIs412AndANonNumberIs400() throws Exception {
        String etag = etag(API + "/tables/2.4");
        assertThat(setCell("2.4", "Finans", "Kvinne Antall", "56")).isEqualTo(200);
        try {
            mvc.perform(patch(API + "/tables/2.4/cells").with(as("controller")).header("If-Match", etag)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"row\":\"finans\",\"column\":\"kvinne\",\"text\":\"57\"}"))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(header().string("ETag", etag(API + "/tables/2.4")));
            mvc.perform(patch(API + "/tables/2.4/cells").with(as("controller")).header("If-Match", etag(API + "/tables/2.4"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"row\":\"finans\",\"column\":\"kvinne\",\"text\":\"mange\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("text"));
            assertThat(cellText("2.4", 5, 0)).isEqualTo("56");
        } finally {
            assertThat(setCell("2.4", "Finans", "Kvinne Antall", "55")).isEqualTo(200);
        }
    }

    private List<List<String>> rows(String table) {
        Sheet sheet = TableSheets.toSheet(mongo.findById(ReportedTable.idOf(2023, table), ReportedTable.class));
        return new ArrayList<>(sheet.rows().stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
    }

    private long version(String table) {
        return mongo.findById(ReportedTable.idOf(2023, table), ReportedTable.class).version();
    }

    private String cellText(String table, int row, int column) {
        return mongo.findById(ReportedTable.idOf(2023, table), ReportedTable.class).rows().get(row).cells().get(column).text();
    }
}
