package no.arsberetning.climate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.arsberetning.climate.goals.ClimateGoal;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableSheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Writes: controllers only (chapter 1–3 data), whichever way a reporter names an area; If-Match (428, 412);
 * the reporting cycle (409); audit; sanitized comments; imports that are all or nothing.
 */
@TestPropertySource(properties = "spring.mongodb.database=climate-writes-tests")
class WritesTests extends ClimateApiTestSupport {

    static final String GOAL_1 = "{\"text\":\"I 2020 er Trondheim et forbilde\",\"scope\":\"city\",\"statusIndicator\":\"-\","
            + "\"reportedStatus\":\"green\",\"statusWording\":\"grønn\",\"comment\":\"<p>Kommentar</p>\",\"targetYear\":2020,"
            + "\"actualSource\":\"status-indicator\"}";
    static final String TRAJECTORY = "{\"referenceYear\":2009,\"points\":[{\"year\":2022,\"reduction\":\"20 prosent\"}],"
            + "\"targets\":[{\"year\":2030,\"reduction\":\"80 prosent\"}]}";

    @Autowired
    MongoOperations mongo;
    @Autowired
    AuditTrail audit;

    @BeforeEach
    void reopenSections() {
        mongo.remove(new Query(), "section_states");
    }

    @Test
    void aCommentWithAScriptIsStoredAndServedWithoutItAndTheChangeIsAudited() throws Exception {
        String body = GOAL_1.replace("<p>Kommentar</p>",
                "<p>Ok <b>fet</b></p><script>alert('x')</script><a href=\\\"javascript:alert(1)\\\" onclick=\\\"x()\\\">lenke</a>");
        String etag = etag("/goals/1");
        mvc.perform(put(API + "/goals/1").with(as("controller")).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\""))
                .andExpect(jsonPath("$.comment").value(containsString("<b>fet</b>")))
                .andExpect(jsonPath("$.comment").value(not(containsString("script"))))
                .andExpect(jsonPath("$.comment").value(not(containsString("javascript"))))
                .andExpect(jsonPath("$.comment").value(not(containsString("onclick"))))
                .andExpect(jsonPath("$.reportedStatus").value("green"))
                .andExpect(jsonPath("$.provenance.source").value("manual"))
                .andExpect(jsonPath("$.provenance.by").value("test.controller"));
        mvc.perform(get(API + "/goals/1").with(as("staff")))
                .andExpect(jsonPath("$.comment").value("<p>Ok <b>fet</b></p><a rel=\"nofollow\">lenke</a>"));
        ClimateGoal stored = mongo.findById(ClimateGoal.idOf(2023, "1"), ClimateGoal.class);
        assertThat(stored.comment()).doesNotContain("script");
        assertThat(audit.history("climate-goal", "2023:1")).extracting(e -> e.action()).endsWith("update");
        assertThat(audit.history("climate-goal", "2023:1")).last().satisfies(e -> assertThat(e.actor()).isEqualTo("test.controller"));
    }

    @Test
    void aWriteNeedsIfMatchAndAStaleOneIs412AndChangesNothing() throws Exception {
        String etag = etag("/trajectory");
        mvc.perform(put(API + "/trajectory").with(as("controller")).contentType(MediaType.APPLICATION_JSON).content(TRAJECTORY))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(API + "/trajectory").with(as("controller")).header("If-Match", "\"99\"")
                        .contentType(MediaType.APPLICATION_JSON).content(TRAJECTORY))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", etag))
                .andExpect(jsonPath("$.type").value("https://arsberetning.no/problems/stale-write"));
        assertThat(etag("/trajectory")).isEqualTo(etag);
        assertThat(read("/trajectory").get("targets").size()).isEqualTo(3);

        String goalEtag = etag("/goals/3");
        mvc.perform(put(API + "/goals/3").with(as("controller")).header("If-Match", goalEtag)
                        .contentType(MediaType.APPLICATION_JSON).content(GOAL_1.replace("I 2020 er Trondheim et forbilde", "Mål 3 endret")))
                .andExpect(status().isOk());
        mvc.perform(put(API + "/goals/3").with(as("controller")).header("If-Match", goalEtag)
                        .contentType(MediaType.APPLICATION_JSON).content(GOAL_1.replace("I 2020 er Trondheim et forbilde", "Skrevet over")))
                .andExpect(status().isPreconditionFailed());
        assertThat(read("/goals/3").get("text").asString()).isEqualTo("Mål 3 endret");
    }

    static Stream<Arguments> forbidden() {
        List<Arguments> cases = new ArrayList<>();
        List<JwtRequestPostProcessor> people = List.of(as("reporter", "klima-og-miljo"), as("reporter", "klima-og-miljo", "skole"),
                as("staff"), as("admin"));
        List<String> names = List.of("reporter klima-og-miljo", "reporter klima-og-miljo+skole", "staff", "admin");
        for (int p = 0; p < people.size(); p++) {
            for (String write : List.of("goal", "goal?area", "trajectory", "figure", "investments", "cell", "cell?area", "text",
                    "submit", "import")) {
                cases.add(Arguments.of(names.get(p), people.get(p), write));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} may not write {2}")
    @MethodSource("forbidden")
    void onlyControllersWriteChapterThreeHoweverTheAreaIsNamed(String who, JwtRequestPostProcessor token, String write)
            throws Exception {
        String before = snapshot();
        mvc.perform(request(write).with(token)).andExpect(status().isForbidden());
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "a controller may write {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"goal", "trajectory", "figure", "investments", "cell", "text",
            "submit", "import"})
    void theSameWritesAreAllowedToAController(String write) throws Exception {
        int status = mvc.perform(request(write).with(as("controller"))).andReturn().getResponse().getStatus();
        assertThat(status).as(write).isEqualTo(200);
    }

    @Test
    void theCommitteeReadsNoWorkingData() throws Exception {
        mvc.perform(get(API + "/goals").with(as("committee"))).andExpect(status().isForbidden());
        mvc.perform(get(API + "/report").with(as("committee"))).andExpect(status().isForbidden());
    }

    @Test
    void thePrintedGoalTablesAreNotEditedCellByCellEvenByAController() throws Exception {
        ReportedTable goals = table("tabell-1");
        mvc.perform(patch(API + "/tables/tabell-1/cells").with(as("controller")).header("If-Match", etag("/tables/tabell-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"row\":\"" + goals.rows().get(0).key() + "\",\"column\":\"" + goals.columns().get(0).key()
                                + "\",\"text\":\"grønn\"}"))
                .andExpect(status().isForbidden());
        Sheet sheet = TableSheets.toSheet(goals);
        List<List<String>> rows = copy(sheet.rows());
        rows.get(1).set(1, "grønn");
        mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "tabell-1.csv", "text/csv",
                        TabularFiles.writeCsv(new Sheet("tabell-1", rows)))).with(as("controller")))
                .andExpect(status().isForbidden());
        assertThat(table("tabell-1").version()).isEqualTo(goals.version());
    }

    @Test
    void aSubmittedSectionIsFrozenForItsOwnDocumentsAndItsTable() throws Exception {
        mvc.perform(post(API + "/sections/trajectory/submit").with(as("controller"))).andExpect(status().isOk());
        mvc.perform(put(API + "/trajectory").with(as("controller")).header("If-Match", etag("/trajectory"))
                        .contentType(MediaType.APPLICATION_JSON).content(TRAJECTORY))
                .andExpect(status().isConflict());
        mvc.perform(post(API + "/sections/indicators/submit").with(as("controller"))).andExpect(status().isOk());
        mvc.perform(request("cell").with(as("controller"))).andExpect(status().isConflict());
        mvc.perform(post(API + "/sections/indicators/approve").with(as("controller")))
                .andExpect(jsonPath("$.status").value("approved"));
    }

    @Test
    void badInputIsA400NamingEveryFieldAndChangesNothing() throws Exception {
        String etag = etag("/goals/6");
        mvc.perform(put(API + "/goals/6").with(as("controller")).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(GOAL_1.replace("\"green\"", "\"purple\"").replace("I 2020 er Trondheim et forbilde", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("reportedStatus", "text")));
        mvc.perform(put(API + "/trajectory").with(as("controller")).header("If-Match", etag("/trajectory"))
                        .contentType(MediaType.APPLICATION_JSON).content(TRAJECTORY.replace("20 prosent", "mye")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("points[0].reduction"));
        mvc.perform(put(API + "/investments").with(as("controller")).header("If-Match", etag("/investments"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measures\":[{\"key\":\"Ugyldig nøkkel\",\"name\":\"x\",\"budget\":\"tolv\",\"actual\":\"\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("measures[0].key",
                        "measures[0].budget")));
        assertThat(etag("/goals/6")).isEqualTo(etag);
    }

    @Test
    void anImportWithAnErrorChangesNothingAndAGoodOneChangesTheIndicators() throws Exception {
        ReportedTable indicators = table("tabell-3");
        List<List<String>> rows = copy(TableSheets.toSheet(indicators).rows());
        rows.get(5).set(2, "738,8 GWh");
        rows.get(1).set(0, "Vegtrafikk");
        mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "indikatorer.xlsx", "application/octet-stream",
                        TabularFiles.writeXlsx(List.of(new Sheet("tabell-3", rows))))).with(as("controller")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].sheet").value("tabell-3"))
                .andExpect(jsonPath("$.errors[0].row").value(2));
        assertThat(table("tabell-3").version()).isEqualTo(indicators.version());
        assertThat(read("/indicators").get(4).get("value").get("text").asString()).isEqualTo("738.8 GWh");

        rows.get(1).set(0, "Veitrafikk");
        mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "indikatorer.xlsx", "application/octet-stream",
                        TabularFiles.writeXlsx(List.of(new Sheet("tabell-3", rows))))).with(as("controller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cellsChanged").value(1));
        assertThat(read("/indicators").get(4).get("value").get("value").decimalValue()).isEqualByComparingTo("738.8");
        assertThat(read("/indicators").get(4).get("value").get("text").asString()).isEqualTo("738,8 GWh");
    }

    private AbstractMockHttpServletRequestBuilder<?> request(String write) throws Exception {
        ReportedTable indicators = table("tabell-3");
        String area = write.endsWith("?area") ? "?area=klima-og-miljo" : "";
        switch (write.replace("?area", "")) {
            case "goal":
                return put(API + "/goals/2b" + area).header("If-Match", etag("/goals/2b")).contentType(MediaType.APPLICATION_JSON)
                        .content(GOAL_1.replace("{", "{\"area\":\"klima-og-miljo\","));
            case "trajectory":
                return put(API + "/trajectory").header("If-Match", etag("/trajectory")).contentType(MediaType.APPLICATION_JSON)
                        .content(trajectoryEdit(read("/trajectory")));
            case "figure":
                return patch(API + "/figures/egen-virksomhet-varebiler-til-2023").header("If-Match", "*")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"82\"}");
            case "investments":
                return put(API + "/investments").header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measures\":[]}");
            case "cell":
                return patch(API + "/tables/tabell-3/cells" + area).header("If-Match", etag("/tables/tabell-3"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"row\":\"" + indicators.rows().get(1).key() + "\",\"column\":\"verdi\",\"text\":\"1 GWh\","
                                + "\"area\":\"klima-og-miljo\"}");
            case "text":
                return put(API + "/texts/innledning").header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"html\":\"<p>Ny</p>\"}");
            case "submit":
                return post(API + "/sections/goals/submit?area=klima-og-miljo");
            case "import":
                List<List<String>> rows = copy(TableSheets.toSheet(indicators).rows());
                rows.get(1).set(2, "99 prosent".equals(rows.get(1).get(2)) ? "98 prosent" : "99 prosent");
                return multipart(API + "/imports?area=klima-og-miljo").file(new MockMultipartFile("file", "tabell-3.csv", "text/csv",
                        TabularFiles.writeCsv(new Sheet("tabell-3", rows))));
            default:
                throw new IllegalArgumentException(write);
        }
    }

    /** Everything a forbidden write could have changed. */
    private String snapshot() throws Exception {
        return read("/goals").toString() + read("/trajectory") + read("/figures") + read("/investments") + read("/tables/tabell-3")
                + read("/texts") + read("/sections");
    }

    private ReportedTable table(String key) {
        return mongo.findById(ReportedTable.idOf(2023, key), ReportedTable.class);
    }

    private static List<List<String>> copy(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(new ArrayList<>(r)));
        return copy;
    }
}
