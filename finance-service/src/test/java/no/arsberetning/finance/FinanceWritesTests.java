package no.arsberetning.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.arsberetning.common.audit.AuditEntry;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.testing.ServiceApiTests;
import no.arsberetning.finance.support.DemoDataContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Writing chapter 1: who may change what (a reporter only the deviation explanation of the areas in the
 * token, however an area is named), optimistic locking, the reporting cycle, file imports that are all
 * or nothing, and the checks following the data.
 */
@SpringBootTest(properties = {"arsberetning.demo.load=true",
        DemoDataContext.DEMO_FILES, "spring.mongodb.database=finance-writes-tests"})
class FinanceWritesTests extends ServiceApiTests {

    private static final String API = "/api/finance/2023";

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void reopenSections() {
        mongo.dropCollection("section_states");
    }

    /** What a reporter for skole must not do: another area's data however named, the statement, the chapter. */
    static Stream<Arguments> forbiddenToTheSkoleReporter() {
        return Stream.of(
                Arguments.of("change a cell of the operating statement", (Attempt) t -> patch(API + "/tables/1.1/cells")
                        .header("If-Match", t.etag("/tables/1.1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"row\":\"rammetilskudd\",\"column\":\"regnskap-2\",\"text\":\"-1\"}")),
                Arguments.of("change its own area's row of table 1.2", (Attempt) t -> patch(API + "/tables/1.2/cells")
                        .header("If-Match", t.etag("/tables/1.2")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"row\":\"skoler\",\"column\":\"avvik\",\"text\":\"0\"}")),
                Arguments.of("change another area's row of table 1.2", (Attempt) t -> patch(API + "/tables/1.2/cells")
                        .header("If-Match", t.etag("/tables/1.2")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"row\":\"barnehager\",\"column\":\"avvik\",\"text\":\"0\"}")),
                Arguments.of("write another area's explanation (area in the path)", (Attempt) t -> put(API + "/texts/explanation:barnehage")
                        .header("If-Match", t.etag("/texts/explanation:barnehage")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"html\":\"<p>Feil</p>\"}")),
                Arguments.of("write another area's explanation naming its own area in the query", (Attempt) t -> put(API
                        + "/texts/explanation:barnehage?area=skole").header("If-Match", t.etag("/texts/explanation:barnehage"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"html\":\"<p>Feil</p>\"}")),
                Arguments.of("write another area's explanation naming its own area in the body", (Attempt) t -> put(API
                        + "/texts/explanation:barnehage").header("If-Match", t.etag("/texts/explanation:barnehage"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"html\":\"<p>Feil</p>\",\"area\":\"skole\"}")),
                Arguments.of("write the chapter's running text", (Attempt) t -> put(API + "/texts/section:driftsregnskapet")
                        .header("If-Match", t.etag("/texts/section:driftsregnskapet")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"html\":\"<p>Feil</p>\"}")),
                Arguments.of("write a fiscal rule's explanation", (Attempt) t -> put(API + "/texts/fiscal-rule:gjeldsgrad")
                        .header("If-Match", t.etag("/texts/fiscal-rule:gjeldsgrad")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"html\":\"<p>Feil</p>\"}")),
                Arguments.of("change a figure of the text", (Attempt) t -> patch(API + "/figures/gjeldsgrad-2023")
                        .header("If-Match", t.etag("/figures")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"60\"}")),
                Arguments.of("submit another area", (Attempt) t -> post(API + "/sections/area:barnehage/submit")),
                Arguments.of("submit another area naming its own area in the query",
                        (Attempt) t -> post(API + "/sections/area:barnehage/submit?area=skole")),
                Arguments.of("submit table 1.2", (Attempt) t -> post(API + "/sections/table:1.2/submit")),
                Arguments.of("submit the chapter text", (Attempt) t -> post(API + "/sections/chapter:1/submit")),
                Arguments.of("approve its own area", (Attempt) t -> post(API + "/sections/area:skole/approve")),
                Arguments.of("import table 1.2 with its own area's row changed", (Attempt) t -> {
                    Sheet sheet = t.sheet("1.2");
                    List<List<String>> rows = mutable(sheet);
                    rows.get(1).set(4, "0");
                    return multipart(API + "/imports").file(new MockMultipartFile("file", "1.2.csv", "text/csv",
                            TabularFiles.writeCsv(new Sheet("1.2", rows))));
                }));
    }

    @ParameterizedTest(name = "a reporter for skole may not {0}")
    @MethodSource("forbiddenToTheSkoleReporter")
    void aReporterMayNotTouchAnotherAreaOrTheStatement(String what, Attempt attempt) throws Exception {
        String before = snapshot();
        mvc.perform(attempt.request(this).with(as("reporter", "skole")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aReporterWritesAndSubmitsTheExplanationOfItsOwnArea() throws Exception {
        mvc.perform(put(API + "/texts/explanation:skole").with(as("reporter", "skole"))
                        .header("If-Match", etag("/texts/explanation:skole")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"html\":\"<p>Merforbruket skyldes <b>flere elever</b>.</p><script>alert(1)</script>\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.html").value("<p>Merforbruket skyldes <b>flere elever</b>.</p>"))
                .andExpect(jsonPath("$.provenance.by").value("reporter.skole"));
        assertThat(audit.history("text", ReportText.idOf(2023, "explanation:skole")))
                .extracting(AuditEntry::actor).contains("reporter.skole");
        mvc.perform(get(API + "/report").with(as("staff")))
                .andExpect(jsonPath("$.chapters[0].sections[3].blocks[1].html")
                        .value("<h4>Forklaring til avvik – Skole</h4><p>Merforbruket skyldes <b>flere elever</b>.</p>"));

        mvc.perform(post(API + "/sections/area:skole/submit").with(as("reporter", "skole")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("submitted"));
        mvc.perform(put(API + "/texts/explanation:skole").with(as("reporter", "skole"))
                        .header("If-Match", etag("/texts/explanation:skole")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"html\":\"<p>Endret etter innsending</p>\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post(API + "/sections/area:skole/return").with(as("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Forklar avviket på 32 millioner.\"}"))
                .andExpect(jsonPath("$.status").value("returned"));
        mvc.perform(put(API + "/texts/explanation:skole").with(as("reporter", "skole"))
                        .header("If-Match", etag("/texts/explanation:skole")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"html\":\"<p>Avviket på 32 millioner skyldes flere elever.</p>\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aStaleWriteIs412AndAWriteWithoutIfMatchIs428() throws Exception {
        String cell = "{\"row\":\"utbytter\",\"column\":\"kolonne-5\",\"text\":\"22\"}";
        String tableTag = etag("/tables/1.1");
        mvc.perform(patch(API + "/tables/1.1/cells").with(as("controller")).contentType(MediaType.APPLICATION_JSON).content(cell))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(patch(API + "/tables/1.1/cells").with(as("controller")).header("If-Match", tableTag)
                        .contentType(MediaType.APPLICATION_JSON).content(cell))
                .andExpect(status().isOk());
        mvc.perform(patch(API + "/tables/1.1/cells").with(as("controller")).header("If-Match", tableTag)
                        .contentType(MediaType.APPLICATION_JSON).content(cell.replace("22", "23")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", etag("/tables/1.1")));
        assertThat(audit.history("table", ReportedTable.idOf(2023, "1.1") + "/utbytter/kolonne-5")).last()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("test.controller"))
                .satisfies(e -> assertThat(e.action()).isEqualTo("set-cell"));

        String figureTag = etag("/figures");
        mvc.perform(patch(API + "/figures/gjeldsgrad-2023").with(as("controller")).header("If-Match", figureTag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"67,9\"}"))
                .andExpect(status().isOk());
        mvc.perform(patch(API + "/figures/gjeldsgrad-2023").with(as("controller")).header("If-Match", figureTag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"68,0\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(patch(API + "/figures/gjeldsgrad-2023").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"68,0\"}"))
                .andExpect(status().isPreconditionRequired());

        String textTag = etag("/texts/section:innledning");
        mvc.perform(put(API + "/texts/section:innledning").with(as("controller")).header("If-Match", textTag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"html\":\"<p>Innledning</p>\"}"))
                .andExpect(status().isOk());
        mvc.perform(put(API + "/texts/section:innledning").with(as("controller")).header("If-Match", textTag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"html\":\"<p>Annen</p>\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(API + "/report").with(as("staff")))
                .andExpect(jsonPath("$.chapters[0].sections[0].blocks[0].html").value("<p>Innledning</p>"));
    }

    @Test
    void aFigureMustStateANumberAndItsEditIsAuditedAndChecked() throws Exception {
        mvc.perform(patch(API + "/figures/avsetning-bundne-driftsfond-2023").with(as("controller"))
                        .header("If-Match", etag("/figures")).contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"mye\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"));
        mvc.perform(patch(API + "/figures/finnes-ikke").with(as("controller"))
                        .header("If-Match", etag("/figures")).contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"1\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/checks").with(as("staff")))
                .andExpect(jsonPath("$[?(@.actual=='214')].rule").value(hasItem("text-figure-matches-table")));

        mvc.perform(patch(API + "/figures/avsetning-bundne-driftsfond-2023").with(as("controller"))
                        .header("If-Match", etag("/figures")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"215\",\"text\":\"mens det ble satt av 215 millioner kroner\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[?(@.id=='avsetning-bundne-driftsfond-2023')].provenance.by").value(hasItem("test.controller")));
        assertThat(audit.history("text-figure", "2023/avsetning-bundne-driftsfond-2023")).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("set-figure"));
        mvc.perform(get(API + "/checks").with(as("staff")))
                .andExpect(jsonPath("$[?(@.actual=='214')]").isEmpty());
    }

    @Test
    void correctingAPrintedDeviationRemovesItsFinding() throws Exception {
        String byrom = "$[?(@.rule=='deviation-equals-budget-minus-actual' && @.message =~ /.*Byrom.*/)].expected";
        mvc.perform(get(API + "/checks").with(as("staff"))).andExpect(jsonPath(byrom).value(containsInAnyOrder("13,2")));
        mvc.perform(patch(API + "/tables/1.4/cells").with(as("controller")).header("If-Match", etag("/tables/1.4"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"row\":\"byrom-parker-og-grontanlegg\",\"column\":\"avvik-regulert-budsjett-regnskap\",\"text\":\"13,2\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(API + "/checks").with(as("staff"))).andExpect(jsonPath(byrom).isEmpty());
    }

    @Test
    void anImportWithAnyErrorChangesNothingAndNamesEveryError() throws Exception {
        List<Sheet> sheets = template();
        String firstAmount = cellText("1.9", "trondheim-bordtennisklubb", 0);
        List<Sheet> broken = new ArrayList<>();
        for (Sheet sheet : sheets) {
            // a wrong header (1.1), a non-number (1.2) and a moved row (1.3), each in a sheet with changes
            List<List<String>> rows = mutable(sheet.name().equals("1.1") || sheet.name().equals("1.3")
                    || sheet.name().equals("1.9") ? withFirstNumberChanged(sheet) : sheet);
            switch (sheet.name()) {
                case "1.1" -> rows.get(0).set(2, "Regnskap i år");
                case "1.2" -> rows.get(2).set(1, "mye");
                case "1.3" -> rows.get(13).set(0, "13. Lån");
                default -> { }
            }
            broken.add(new Sheet(sheet.name(), rows));
        }
        String before = snapshot();

        mvc.perform(multipart(API + "/imports").file(xlsx(broken)).with(as("controller")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.sheet=='1.1')].column").value(containsInAnyOrder("Regnskap i år")))
                .andExpect(jsonPath("$.errors[?(@.sheet=='1.2')].row").value(containsInAnyOrder(3)))
                .andExpect(jsonPath("$.errors[?(@.sheet=='1.2')].column").value(containsInAnyOrder("Regnskap 2023")))
                .andExpect(jsonPath("$.errors[?(@.sheet=='1.3')].row").value(containsInAnyOrder(14)));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(cellText("1.9", "trondheim-bordtennisklubb", 0)).isEqualTo(firstAmount);
    }

    @Test
    void aGoodCsvImportChangesTheTableWithTheFilesProvenance() throws Exception {
        List<List<String>> rows = mutable(sheet("1.10"));
        rows.get(1).set(1, "16,4");
        mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "1.10.csv", "text/csv",
                        TabularFiles.writeCsv(new Sheet("1.10", rows)))).with(as("controller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tablesChanged[0]").value("1.10"))
                .andExpect(jsonPath("$.cellsChanged").value(1));
        mvc.perform(get(API + "/tables/1.10").with(as("staff")))
                .andExpect(jsonPath("$.rows[0].cells[0].value").value(16.4))
                .andExpect(jsonPath("$.provenance.source").value("file-import"))
                .andExpect(jsonPath("$.provenance.fileName").value("1.10.csv"))
                .andExpect(jsonPath("$.provenance.by").value("test.controller"));
        mvc.perform(get(API + "/checks").with(as("staff")))
                .andExpect(jsonPath("$[?(@.rule=='total-equals-sum' && @.tables[0]=='1.10')].expected").value(containsInAnyOrder("174,4")));
    }

    /**
     * Measures the import of the pre-filled template of every chapter-1 table, unchanged and with every
     * table changed; prints the times and asserts none. Puts the values back afterwards.
     */
    @Test
    void importingTheWholeChapterTemplate() throws Exception {
        List<Sheet> sheets = template();
        assertThat(sheets).extracting(Sheet::name).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8",
                "1.8-2", "1.9", "1.10");
        long started = System.nanoTime();
        mvc.perform(multipart(API + "/imports").file(xlsx(sheets)).with(as("controller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tablesChanged.length()").value(0))
                .andExpect(jsonPath("$.tablesUnchanged").value(11));
        long unchanged = (System.nanoTime() - started) / 1_000_000;

        List<Sheet> changed = new ArrayList<>();
        for (Sheet sheet : sheets) {
            changed.add(withFirstNumberChanged(sheet));
        }
        started = System.nanoTime();
        mvc.perform(multipart(API + "/imports").file(xlsx(changed)).with(as("controller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tablesChanged.length()").value(11))
                .andExpect(jsonPath("$.cellsChanged").value(11));
        long written = (System.nanoTime() - started) / 1_000_000;
        mvc.perform(multipart(API + "/imports").file(xlsx(sheets)).with(as("controller")))
                .andExpect(jsonPath("$.tablesChanged.length()").value(11));
        System.out.printf("Import av malen for kapittel 1 (11 tabeller) gjennom POST /imports: uendret %d ms, "
                + "én celle endret i hver tabell (alle 11 skrevet) %d ms%n", unchanged, written);
    }

    @Test
    void aControllerFreezesTheChapterIntoARelease() throws Exception {
        mvc.perform(post(API + "/releases").with(as("reporter", "skole")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":1,\"idempotencyKey\":\"finans-1\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/releases").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":1,\"idempotencyKey\":\"finans-1\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(API + "/releases/1").with(as("committee")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.chapters[0].title").value("Økonomi"))
                .andExpect(jsonPath("$.report.chapters[0].sections[2].blocks[0].table.number").value("1.1"));
    }

    /** Table versions, texts, figures and section states: what a refused write must leave as it was. */
    private String snapshot() {
        StringBuilder state = new StringBuilder();
        mongo.findAll(ReportedTable.class).forEach(t -> state.append(t.key()).append('@').append(t.version()).append(' '));
        mongo.findAll(ReportText.class).forEach(t -> state.append(t.key()).append('@').append(t.version()).append(' '));
        mongo.findAll(org.bson.Document.class, "stated_figures").forEach(d -> state.append("figures@").append(d.get("version")).append(' '));
        mongo.findAll(org.bson.Document.class, "section_states").forEach(d -> state.append(d.get("_id")).append('=').append(d.get("status")).append(' '));
        return state.toString();
    }

    @Override
    protected String etag(String path) throws Exception {
        return super.etag(API + path);
    }

    Sheet sheet(String key) throws Exception {
        byte[] csv = mvc.perform(get(API + "/tables/" + key + ".csv").with(as("staff"))).andReturn().getResponse().getContentAsByteArray();
        return TabularFiles.read(key + ".csv", csv).get(0);
    }

    /**
     * The pre-filled template, as a person who opens and saves it has it. Tables 1.9 and 1.10 are printed
     * without any header text; Excel keeps no empty cells, so their header row comes back empty, which
     * the shared import cannot read (TableSheets.toDraft). Like a person would, the test puts a blank in
     * those header cells, which the import reads as the same empty header.
     */
    private List<Sheet> template() throws Exception {
        byte[] xlsx = mvc.perform(get(API + "/template.xlsx").with(as("controller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Sheet> sheets = new ArrayList<>();
        for (Sheet sheet : TabularFiles.read("mal.xlsx", xlsx)) {
            List<List<String>> rows = mutable(sheet);
            if (rows.get(0).stream().allMatch(String::isBlank)) {
                rows.set(0, new ArrayList<>(java.util.Collections.nCopies(rows.get(1).size(), " ")));
            }
            sheets.add(new Sheet(sheet.name(), rows));
        }
        return sheets;
    }

    private String cellText(String table, String row, int column) {
        ReportedTable stored = mongo.findById(ReportedTable.idOf(2023, table), ReportedTable.class);
        return stored.rows().get(stored.rowIndex(row)).cells().get(column).text();
    }

    private static MockMultipartFile xlsx(List<Sheet> sheets) {
        return new MockMultipartFile("file", "mal-2023.xlsx", "application/octet-stream", TabularFiles.writeXlsx(sheets));
    }

    private static List<List<String>> mutable(Sheet sheet) {
        return new ArrayList<>(sheet.rows().stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
    }

    /** The sheet with its first amount raised by one in its last decimal. */
    private static Sheet withFirstNumberChanged(Sheet sheet) {
        List<List<String>> rows = mutable(sheet);
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int c = 1; c < row.size(); c++) {
                PrintedNumbers.Parsed parsed = PrintedNumbers.parse(row.get(c));
                if (parsed.isNumber()) {
                    BigDecimal value = parsed.value();
                    row.set(c, PrintedNumbers.format(value.add(BigDecimal.ONE.movePointLeft(value.scale()))));
                    return new Sheet(sheet.name(), rows);
                }
            }
        }
        throw new AssertionError("Ingen tall i " + sheet.name());
    }

    /** A request a test builds, possibly after reading the current ETag. */
    @FunctionalInterface
    interface Attempt {
        AbstractMockHttpServletRequestBuilder<?> request(FinanceWritesTests test) throws Exception;
    }
}
