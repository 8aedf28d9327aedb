package no.arsberetning.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableSheets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Chapter 2 is the controllers' (brief § 2): reporters and staff read it and write none of it, whichever
 * service area a request names — in the path, the body or the query; the committee reads none of the
 * working data. The matrix is data: who, what, expected status.
 */
class AuthorizationTests extends HrApiTestSupport {

    private static final String INSPECTION = "{\"authority\":\"Arbeidstilsynet\",\"unit\":\"Lade skole\",\"topic\":\"x\","
            + "\"orders\":\"seks pålegg\",\"ordersCount\":6,\"findings\":\"Seks pålegg.\",\"followUp\":\"Lukket.\","
            + "\"outcome\":\"orders\",\"followUpStatus\":\"closed\",\"areas\":[\"skole\"]}";

    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of("reporter for skole sets a cell of 2.4", as("reporter", "skole"), cell("2.4", "byutvikling", "kvinne")),
                Arguments.of("reporter for skole sets the «Skoler» row of 2.5", as("reporter", "skole"),
                        cell("2.5", "rad-8", "antall-deltid")),
                Arguments.of("reporter names skole in the query", as("reporter", "skole"),
                        cell("2.4", "byutvikling", "kvinne").param("area", "skole")),
                Arguments.of("reporter for helse sets 2.5", as("reporter", "helse-og-omsorg", "psykisk-helse-og-rus"),
                        cell("2.5", "rad-4", "antall-deltid")),
                Arguments.of("staff sets a cell", as("staff"), cell("2.4", "byutvikling", "kvinne")),
                Arguments.of("admin sets a cell", as("admin"), cell("2.4", "byutvikling", "kvinne")),
                Arguments.of("reporter submits a table", as("reporter", "skole"), post(API + "/sections/table:2.5/submit")),
                Arguments.of("reporter submits the inspections", as("reporter", "skole"), post(API + "/sections/inspections/submit")),
                Arguments.of("reporter approves", as("reporter", "skole"), post(API + "/sections/table:2.5/approve")),
                Arguments.of("reporter corrects a school's inspection, area in the body", as("reporter", "skole"),
                        put(API + "/inspections/lade-skole").header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                                .content(INSPECTION)),
                Arguments.of("reporter names skole in the query of an inspection", as("reporter", "skole"),
                        put(API + "/inspections/lade-skole").param("area", "skole").header("If-Match", "*")
                                .contentType(MediaType.APPLICATION_JSON).content(INSPECTION)),
                Arguments.of("reporter for helse corrects a health centre's inspection", as("reporter", "helse-og-omsorg"),
                        put(API + "/inspections/oya-helsehus").header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
                                .content(INSPECTION.replace("Lade skole", "Øya helsehus").replace("skole\"]", "helse-og-omsorg\"]"))),
                Arguments.of("reporter adds an inspection", as("reporter", "skole"),
                        post(API + "/inspections").contentType(MediaType.APPLICATION_JSON).content(INSPECTION)),
                Arguments.of("staff adds an inspection", as("staff"),
                        post(API + "/inspections").contentType(MediaType.APPLICATION_JSON).content(INSPECTION)),
                Arguments.of("reporter freezes a release", as("reporter", "skole"),
                        post(API + "/releases").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"number\":99,\"idempotencyKey\":\"r\"}")));
    }

    @ParameterizedTest(name = "{0}: 403")
    @MethodSource("writes")
    void noneButControllersWriteChapterTwo(String what, JwtRequestPostProcessor who, MockHttpServletRequestBuilder request)
            throws Exception {
        long before = mongo.getCollection("audit_trail").countDocuments();
        assertThat(mvc.perform(request.with(who)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mongo.getCollection("audit_trail").countDocuments()).isEqualTo(before);
    }

    @ParameterizedTest(name = "a reporter''s import of {0} is refused whole")
    @MethodSource("tablesToImport")
    void aReportersImportIsRefusedAndChangesNothing(String table, String rowOfTheirArea) throws Exception {
        ReportedTable stored = mongo.findById(ReportedTable.idOf(2023, table), ReportedTable.class);
        Sheet sheet = TableSheets.toSheet(stored);
        List<List<String>> rows = new ArrayList<>(sheet.rows().stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
        rows.get(Integer.parseInt(rowOfTheirArea)).set(2, "3");
        byte[] file = TabularFiles.writeXlsx(List.of(new Sheet(table, rows)));
        assertThat(mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "mal.xlsx",
                "application/octet-stream", file)).with(as("reporter", "skole"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mongo.findById(ReportedTable.idOf(2023, table), ReportedTable.class).version()).isEqualTo(stored.version());
    }

    static Stream<Arguments> tablesToImport() {
        return Stream.of(Arguments.of("2.4", "1"), Arguments.of("2.5", "8"));
    }

    static Stream<Arguments> reads() {
        return Stream.of(
                Arguments.of("/report", "reporter", 200), Arguments.of("/report?view=published", "reporter", 200),
                Arguments.of("/inspections", "reporter", 200), Arguments.of("/suppression", "reporter", 200),
                Arguments.of("/equality-statement", "admin", 200), Arguments.of("/checks", "controller", 200),
                Arguments.of("/report", "committee", 403), Arguments.of("/report?view=published", "committee", 403),
                Arguments.of("/suppression", "committee", 403), Arguments.of("/inspections", "committee", 403),
                Arguments.of("/figures", "committee", 403), Arguments.of("/tables/2.1", "committee", 403));
    }

    @ParameterizedTest(name = "{1} reads {0}: {2}")
    @MethodSource("reads")
    void workingDataIsReadByReadersNotByTheCommittee(String path, String role, int expected) throws Exception {
        assertThat(mvc.perform(get(API + path).with(as(role))).andReturn().getResponse().getStatus()).isEqualTo(expected);
    }

    private static MockHttpServletRequestBuilder cell(String table, String row, String column) {
        return patch(API + "/tables/" + table + "/cells").header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
                .content("{\"row\":\"" + row + "\",\"column\":\"" + column + "\",\"text\":\"3\"}");
    }
}
