package no.arsberetning.common.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.audit.AuditEntry;
import no.arsberetning.common.changes.ChangeCounters;
import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.checks.TableClaims;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ChapterReport;
import no.arsberetning.common.report.ReportDocument;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shared tables API as a service gets it: demo data loaded through the import path, reads with
 * ETags, single-cell writes with If-Match, imports that are all or nothing, and the reporting cycle.
 */
@SpringBootTest(classes = TablesApiTests.TestService.class, properties = {
        "spring.cloud.config.enabled=false", "spring.config.import=classpath:config/arsberetning-defaults.yml",
        "arsberetning.api-prefix=/api/test", "arsberetning.demo.load=true",
        "arsberetning.demo.files=demo/test-chapter.json", "spring.mongodb.database=tables-api-tests"})
@AutoConfigureMockMvc
class TablesApiTests {

    private static final MongoServer MONGO = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final AtomicInteger reportsBuilt = new AtomicInteger();
    private static final String MONGO_URI = MONGO.bindAndGetConnectionString();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestService {

        /** The simplest chapter: every table as a section of its own. */
        @Bean
        ChapterReport chapterReport(TableStore tables) {
            return year -> reportsBuilt.incrementAndGet() < 0 ? null : new ReportDocument("test", year, List.of(new ReportDocument.Chapter("9", "Test",
                    tables.all(year).stream().map(t -> new ReportDocument.Section(t.key(), t.caption(),
                            List.<Block>of(new Block.TableBlock(ReportTables.of(t))))).toList())));
        }

        @Bean
        ClaimCatalog deviations() {
            return new ClaimCatalog() {
                @Override
                public List<Claim> claims(ChapterData data) {
                    return data.table("9.1").map(t -> TableClaims.differences(t, "avvik", "revidert-budsjett", "regnskap", 1,
                            "deviation-equals-budget-minus-actual", "")).orElse(List.of());
                }
            };
        }
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO_URI);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoOperations mongo;
    @Autowired
    TableImporter importer;
    @Autowired
    ChangeCounters changes;

    static JwtRequestPostProcessor as(String role, String... areas) {
        return jwt().jwt(j -> j.subject("test." + role).claim("preferred_username", "test." + role)
                        .claim("realm_access", Map.of("roles", List.of(role)))
                        .claim("service_areas", List.of(areas)))
                .authorities(new KeycloakAuthorities());
    }

    @BeforeEach
    void reopenSections() {
        mongo.dropCollection("section_states");
    }

    @Test
    void demoTablesAreLoadedAsPrintedWithExactNumbersAndProvenance() throws Exception {
        mvc.perform(get("/api/test/2023/tables/9.1").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.number").value("9.1"))
                .andExpect(jsonPath("$.signConvention").value("Positive tall er mindreforbruk, negative tall er merforbruk."))
                .andExpect(jsonPath("$.columns[0].type").value("NUMBER"))
                .andExpect(jsonPath("$.rows[1].cells[0].text").value("1 982,2"))
                .andExpect(jsonPath("$.rows[1].cells[0].value").value(1982.2))
                .andExpect(jsonPath("$.rows[2].kind").value("total"))
                .andExpect(jsonPath("$.provenance.source").value("demo-seed"))
                .andExpect(jsonPath("$.provenance.fileName").value("test-chapter.json"));
        mvc.perform(get("/api/test/2023/tables/9.2").with(as("staff")))
                .andExpect(jsonPath("$.columns[1].type").value("TEXT"))
                .andExpect(jsonPath("$.rows[1].cells[1].text").value("~ 100 prosent"))
                .andExpect(jsonPath("$.rows[1].cells[1].value").doesNotExist())
                .andExpect(jsonPath("$.rows[2].cells[1].text").value("3,74\u2075 TWh"))
                .andExpect(jsonPath("$.rows[2].cells[1].value").value(3.74));
    }

    @Test
    void headersPrintedOverTwoRowsBecomeOneLabelAndMarkupIsNotPartOfTheNumber() throws Exception {
        mvc.perform(get("/api/test/2023/tables/9.3").with(as("staff")))
                .andExpect(jsonPath("$.columns[0].label").value("Kvinne Antall"))
                .andExpect(jsonPath("$.columns[3].label").value("Mann Årsverk"))
                .andExpect(jsonPath("$.columns[0].key").value("kvinne"))
                .andExpect(jsonPath("$.columns[0].type").value("NUMBER"))
                .andExpect(jsonPath("$.rows[1].label").value("Sluttsum"))
                .andExpect(jsonPath("$.rows[1].cells[0].text").value("11 375"))
                .andExpect(jsonPath("$.rows[1].cells[0].value").value(11375))
                .andExpect(jsonPath("$.headerRows[1][1]").value("Antall"));
    }

    @Test
    void aCellWriteNeedsIfMatchAndAStaleOneIs412() throws Exception {
        String etag = etag("9.1");
        String body = "{\"row\":\"skole\",\"column\":\"avvik\",\"text\":\"-31,9\"}";
        mvc.perform(patch("/api/test/2023/tables/9.1/cells").with(as("controller")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(patch("/api/test/2023/tables/9.1/cells").with(as("controller")).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].cells[2].value").value(-31.9))
                .andExpect(jsonPath("$.editedCells['skole/avvik'].by").value("test.controller"));
        mvc.perform(patch("/api/test/2023/tables/9.1/cells").with(as("controller")).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("-31,9", "-30")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", etag("9.1")));
        assertThat(cellText("9.1", 0, 2)).isEqualTo("-31,9");
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() throws Exception {
        String before = cellText("9.1", 0, 1);
        mvc.perform(patch("/api/test/2023/tables/9.1/cells").with(as("controller")).header("If-Match", etag("9.1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"row\":\"skole\",\"column\":\"regnskap\",\"text\":\"mye\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(patch("/api/test/2023/tables/9.1/cells").with(as("controller")).header("If-Match", etag("9.1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"row\":\"\",\"column\":\"regnskap\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("row", "text")));
        assertThat(cellText("9.1", 0, 1)).isEqualTo(before);
    }

    @Test
    void onlyThoseThePolicyAllowsMayWrite() throws Exception {
        mvc.perform(patch("/api/test/2023/tables/9.1/cells").with(as("reporter", "skole")).header("If-Match", etag("9.1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"row\":\"skole\",\"column\":\"avvik\",\"text\":\"0\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/test/2023/tables/9.1/cells").with(as("staff")).header("If-Match", etag("9.1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"row\":\"skole\",\"column\":\"avvik\",\"text\":\"0\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyReportersAndControllersImportEvenAFileThatChangesNothing() throws Exception {
        byte[] unchanged = TabularFiles.writeCsv(sheetOf("9.2"));
        for (String role : List.of("staff", "admin", "committee")) {
            mvc.perform(multipart("/api/test/2023/imports").file(new MockMultipartFile("file", "9.2.csv", "text/csv", unchanged))
                            .with(as(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        long batches = mongo.count(new org.springframework.data.mongodb.core.query.Query(), ImportBatch.class);
        long version = version("9.2");
        mvc.perform(multipart("/api/test/2023/imports").file(new MockMultipartFile("file", "9.2.csv", "text/csv", unchanged))
                        .with(as("reporter", "skole")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cellsChanged").value(0));
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), ImportBatch.class))
                .as("nothing to apply, no batch written").isEqualTo(batches);
        assertThat(version("9.2")).isEqualTo(version);
    }

    @Test
    void aTemplateOfUnknownTablesIs404NamingThemNotA500() throws Exception {
        for (String tables : List.of("no-such-table", "9.1,{\"$ne\":null}")) {
            mvc.perform(get("/api/test/2023/template.xlsx").param("tables", tables).with(as("staff")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/test/2023/template.xlsx").param("tables", "9.1").with(as("staff")))
                .andExpect(status().isOk());
    }

    @Test
    void aBodyOverTheLimitIs413ProblemAndChangesNothing() throws Exception {
        long version = version("9.1");
        String huge = "{\"row\":\"skole\",\"column\":\"avvik\",\"text\":\"" + "1".repeat(1024 * 1024) + "\"}";
        mvc.perform(patch("/api/test/2023/tables/9.1/cells").with(as("controller")).header("If-Match", etag("9.1"))
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.maxBytes").value(1024 * 1024))
                .andExpect(jsonPath("$.detail").value("Forespørselen er for stor: høyst 1 MB er tillatt her."));
        assertThat(version("9.1")).isEqualTo(version);
    }

    @Test
    void anImportWithAnyErrorChangesNothingAndNamesEveryError() throws Exception {
        Sheet sheet = sheetOf("9.1");
        List<List<String>> rows = new ArrayList<>(sheet.rows().stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
        rows.get(1).set(1, "2 500,0");
        rows.get(2).set(3, "ti");
        rows.get(0).set(2, "Budsjett");
        byte[] file = TabularFiles.writeXlsx(List.of(new Sheet("9.1", rows), new Sheet("9.9", List.of(List.of("a")))));
        long version = version("9.1");

        mvc.perform(multipart("/api/test/2023/imports").file(new MockMultipartFile("file", "mal.xlsx", "application/octet-stream", file))
                        .with(as("controller")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.sheet=='9.1' && @.row==1)].column").value("Budsjett"))
                .andExpect(jsonPath("$.errors[?(@.sheet=='9.9')].message").exists());
        assertThat(version("9.1")).isEqualTo(version);
        assertThat(cellText("9.1", 0, 0)).isEqualTo("2 495,0");
    }

    @Test
    void aGoodCsvImportChangesTheTableWithFileProvenance() throws Exception {
        Sheet sheet = sheetOf("9.2");
        List<List<String>> rows = new ArrayList<>(sheet.rows().stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
        rows.get(1).set(2, "740,1 GWh");
        byte[] csv = TabularFiles.writeCsv(new Sheet("9.2", rows));

        mvc.perform(multipart("/api/test/2023/imports").file(new MockMultipartFile("file", "9.2.csv", "text/csv", csv))
                        .with(as("controller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tablesChanged[0]").value("9.2"))
                .andExpect(jsonPath("$.cellsChanged").value(1))
                .andExpect(jsonPath("$.encoding").value("UTF-8 med BOM"));
        mvc.perform(get("/api/test/2023/tables/9.2").with(as("staff")))
                .andExpect(jsonPath("$.rows[0].cells[1].text").value("740,1 GWh"))
                .andExpect(jsonPath("$.rows[0].cells[1].value").value(740.1))
                .andExpect(jsonPath("$.provenance.source").value("file-import"))
                .andExpect(jsonPath("$.provenance.fileName").value("9.2.csv"))
                .andExpect(jsonPath("$.provenance.fileSha256").isString());
    }

    @Test
    void aCsvFileSavedByNorwegianExcelInWindows1252ImportsAndTheResultSaysSo() throws Exception {
        Sheet sheet = sheetOf("9.3"); // headers with «Å», which Windows-1252 writes as one byte (0xC5)
        List<List<String>> rows = new ArrayList<>(sheet.rows().stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
        rows.get(1).set(1, "272");
        String text = new String(TabularFiles.writeCsv(new Sheet("9.3", rows)), StandardCharsets.UTF_8).substring(1);
        byte[] windows1252 = text.getBytes(Charset.forName("windows-1252"));

        mvc.perform(multipart("/api/test/2023/imports").file(new MockMultipartFile("file", "9.3.csv", "text/csv", windows1252))
                        .with(as("controller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.encoding").value("Windows-1252"))
                .andExpect(jsonPath("$.tablesChanged[0]").value("9.3"))
                .andExpect(jsonPath("$.cellsChanged").value(1));
        assertThat(cellText("9.3", 0, 0)).isEqualTo("272");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithTheReasonAsTheProblemsDetail() throws Exception {
        long version = version("9.2");

        mvc.perform(multipart("/api/test/2023/imports").file(new MockMultipartFile("file", "9.2.txt", "text/plain",
                        "a;b".getBytes(StandardCharsets.UTF_8))).with(as("controller")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://arsberetning.no/problems/unreadable-file"))
                .andExpect(jsonPath("$.detail").value("Filtypen støttes ikke: bruk .csv, .xlsx eller .json (JSON-stat 2.0)"))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(version("9.2")).isEqualTo(version);
    }

    @Test
    void aJsonStatFileImportsThroughTheSameImportAndABadOneChangesNothing() throws Exception {
        List<List<String>> rows = sheetOf("9.2").rows();
        String original = cellText("9.2", 0, 0);
        long version = version("9.2");
        byte[] bad = jsonStat(rows, "\"mange\"");
        mvc.perform(multipart("/api/test/2023/imports").file(new MockMultipartFile("file", "9.2.json", "application/json", bad))
                        .with(as("controller")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value[0]"));
        assertThat(version("9.2")).isEqualTo(version);

        mvc.perform(multipart("/api/test/2023/imports").file(new MockMultipartFile("file", "tabell.json", "application/json",
                        jsonStat(rows, "2500.5"))).with(as("controller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tablesChanged[0]").value("9.2"))
                .andExpect(jsonPath("$.cellsChanged").value(1));
        assertThat(cellText("9.2", 0, 0)).isEqualTo("2\u00a0500,5");

        mvc.perform(multipart("/api/test/2023/imports").file(new MockMultipartFile("file", "tabell.json", "application/json",
                        jsonStat(rows, null))).with(as("controller")))
                .andExpect(status().isOk());
        assertThat(cellText("9.2", 0, 0)).as("the printed text comes back where it says the value").isEqualTo(original);
    }

    /** A sheet as a JSON-stat dataset with the printed texts, the first value replaced when {@code first} is given. */
    private static byte[] jsonStat(List<List<String>> rows, String first) {
        List<String> header = rows.get(0);
        List<List<String>> body = rows.subList(1, rows.size());
        StringBuilder values = new StringBuilder("[");
        StringBuilder texts = new StringBuilder("[");
        List<String> rowIds = new ArrayList<>();
        StringBuilder rowLabels = new StringBuilder("{");
        StringBuilder columnLabels = new StringBuilder("{");
        for (int c = 1; c < header.size(); c++) {
            columnLabels.append(c > 1 ? "," : "").append("\"k").append(c).append("\":").append(quote(header.get(c)));
        }
        for (int r = 0; r < body.size(); r++) {
            rowIds.add("\"r" + r + "\"");
            rowLabels.append(r > 0 ? "," : "").append("\"r").append(r).append("\":").append(quote(body.get(r).get(0)));
            for (int c = 1; c < header.size(); c++) {
                String text = c < body.get(r).size() ? body.get(r).get(c) : "";
                var parsed = no.arsberetning.common.numbers.PrintedNumbers.parse(text);
                String value = parsed.isNumber() ? parsed.value().toPlainString() : "null";
                boolean firstCell = r == 0 && c == 1;
                values.append(firstCell ? "" : ",").append(firstCell && first != null ? first : value);
                texts.append(firstCell ? "" : ",").append(quote(text));
            }
        }
        List<String> columnIds = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            columnIds.add("\"k" + c + "\"");
        }
        String json = "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"entity\",\"measure\"],\"size\":[" + body.size() + ","
                + (header.size() - 1) + "],\"dimension\":{\"entity\":{\"category\":{\"index\":" + rowIds + ",\"label\":" + rowLabels
                + "}}},\"measure\":{\"category\":{\"index\":" + columnIds + ",\"label\":" + columnLabels + "}}}},\"value\":" + values
                + "],\"extension\":{\"arsberetning\":{\"table\":\"9.2\",\"text\":" + texts + "]}}}";
        return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void submittedSectionsAreFrozenUntilReturnedOrReopened() throws Exception {
        mvc.perform(post("/api/test/2023/sections/table:9.2/submit").with(as("reporter", "barnehage")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/test/2023/sections/table:9.2/approve").with(as("controller")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/test/2023/sections/table:9.2/submit").with(as("reporter", "skole")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("submitted"));
        mvc.perform(patch("/api/test/2023/tables/9.2/cells").with(as("controller")).header("If-Match", etag("9.2"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"row\":\"energi\",\"column\":\"verdi\",\"text\":\"1 GWh\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/test/2023/sections/table:9.2/return").with(as("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(post("/api/test/2023/sections/table:9.2/return").with(as("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Sjekk verdien\"}"))
                .andExpect(jsonPath("$.status").value("returned"));
        mvc.perform(get("/api/test/2023/sections").with(as("staff")))
                .andExpect(jsonPath("$[?(@.key=='table:9.2')].comment").value("Sjekk verdien"))
                .andExpect(jsonPath("$[?(@.key=='table:9.2')].statusLabel").value("Returnert"));
    }

    @Test
    void aPendingBatchFromACrashIsAppliedWhole() throws Exception {
        ReportedTable table = mongo.findById(ReportedTable.idOf(2023, "9.2"), ReportedTable.class);
        Provenance provenance = new Provenance("file-import", "crashed.xlsx", "abc", "test", java.time.Instant.now());
        ReportedTable changed = table.withRows(table.rows(), Map.of("energi/verdi", provenance));
        mongo.insert(new ImportBatch("crash-1", 2023, ImportBatch.PENDING, provenance, List.of(changed), null));

        importer.applyPending();

        assertThat(importer.pending()).isEmpty();
        assertThat(version("9.2")).isEqualTo(table.version() + 1);
        assertThat(mongo.findById(table.id(), ReportedTable.class).editedCells()).containsKey("energi/verdi");
    }

    @Test
    void theReportAndChecksComeFromTheServicesBeans() throws Exception {
        mvc.perform(get("/api/test/2023/report").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chapters[0].sections[0].blocks[0].type").value("table"))
                .andExpect(jsonPath("$.chapters[0].sections[0].blocks[0].table.number").value("9.1"));
        mvc.perform(get("/api/test/2023/checks").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());
    }

    @Test
    void aReleaseIsFrozenOnceReadByTheCommitteeAndARetryMakesNoSecond() throws Exception {
        String freeze = "{\"number\":1,\"idempotencyKey\":\"k-1\"}";
        mvc.perform(post("/api/test/2023/releases").with(as("staff")).contentType(MediaType.APPLICATION_JSON).content(freeze))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/test/2023/releases").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":0,\"idempotencyKey\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("number", "idempotencyKey")));
        String hash = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/test/2023/releases").with(as("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(freeze))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notApproved").isArray())
                .andReturn().getResponse().getContentAsString(), "$.contentHash");
        mvc.perform(post("/api/test/2023/releases").with(as("controller")).contentType(MediaType.APPLICATION_JSON).content(freeze))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contentHash").value(hash));
        mvc.perform(post("/api/test/2023/releases").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content(freeze.replace("k-1", "k-2")))
                .andExpect(status().isConflict());
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), "releases")).isEqualTo(1);

        mvc.perform(get("/api/test/2023/releases/1").with(as("committee")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.chapters[0].title").value("Test"));
        mvc.perform(get("/api/test/2023/tables/9.1").with(as("committee")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReportIsAVersionedReadKeptUntilAWriteAndA304ForWhatTheClientHas() throws Exception {
        var first = mvc.perform(get("/api/test/2023/report").with(as("staff"))).andExpect(status().isOk()).andReturn().getResponse();
        String etag = first.getHeader("ETag");
        int built = reportsBuilt.get();
        mvc.perform(get("/api/test/2023/report").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag))
                .andExpect(content().bytes(first.getContentAsByteArray()));
        mvc.perform(get("/api/test/2023/report").with(as("staff")).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag));
        assertThat(reportsBuilt).as("neither the kept answer nor the 304 builds the report").hasValue(built);
        mvc.perform(get("/api/test/2024/report").with(as("staff")).header("If-None-Match", etag))
                .andExpect(status().isOk());
        int builtForBothYears = reportsBuilt.get();

        mvc.perform(patch("/api/test/2023/tables/9.1/cells").with(as("controller")).header("If-Match", etag("9.1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"row\":\"skole\",\"column\":\"avvik\",\"text\":\"-30,1\"}"))
                .andExpect(status().isOk());

        String changed = mvc.perform(get("/api/test/2023/report").with(as("staff")).header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chapters[0].sections[0].blocks[0].table.rows[0].cells[2].text").value("-30,1"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(changed).isNotEqualTo(etag);
        assertThat(reportsBuilt).as("a write builds the report once more").hasValue(builtForBothYears + 1);
        mvc.perform(get("/api/test/2023/checks").with(as("staff")).header("If-None-Match", changed))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/test/2023/dashboard").with(as("staff")).header("If-None-Match", changed))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/test/2023/dashboard").with(as("staff")).header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", changed));
    }

    @Test
    void everyKindOfWriteOfAYearAdvancesItsCounterAndOnlyItsOwn() throws Exception {
        String before = changes.version(2023);
        String otherYear = changes.version(2024);
        mvc.perform(post("/api/test/2023/sections/table:9.2/submit").with(as("controller"))).andExpect(status().isOk());
        String afterSubmit = changes.version(2023);
        Sheet sheet = sheetOf("9.2");
        List<List<String>> rows = new ArrayList<>(sheet.rows().stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
        rows.get(1).set(2, "750,3 GWh");
        mvc.perform(post("/api/test/2023/sections/table:9.2/reopen").with(as("controller"))).andExpect(status().isOk());
        String afterReopen = changes.version(2023);
        mvc.perform(multipart("/api/test/2023/imports").file(new MockMultipartFile("file", "9.2.csv", "text/csv",
                        TabularFiles.writeCsv(new Sheet("9.2", rows)))).with(as("controller")))
                .andExpect(status().isOk());
        String afterImport = changes.version(2023);
        mongo.insert(new AuditEntry(null, java.time.Instant.now(), "test", "note", "x", "y", null, null));

        assertThat(List.of(before, afterSubmit, afterReopen, afterImport)).doesNotHaveDuplicates();
        assertThat(changes.version(2023)).as("bookkeeping is no change of the report").isEqualTo(afterImport);
        assertThat(changes.version(2024)).isEqualTo(otherYear);
    }

    @Test
    void twoImportsOfOneFileAtOnceApplyItOnce() throws Exception {
        Sheet sheet = sheetOf("9.2");
        List<List<String>> rows = new ArrayList<>(sheet.rows().stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
        rows.get(1).set(2, "761,7 GWh");
        byte[] csv = TabularFiles.writeCsv(new Sheet("9.2", rows));
        long version = version("9.2");
        long imports = importsOf("2023:9.2");

        List<Integer> statuses = atOnce(() -> mvc.perform(multipart("/api/test/2023/imports")
                .file(new MockMultipartFile("file", "9.2.csv", "text/csv", csv)).with(as("controller")))
                .andReturn().getResponse().getStatus());

        assertThat(statuses).allMatch(s -> s == 200 || s == 409).contains(200);
        assertThat(version("9.2")).isEqualTo(version + 1);
        assertThat(importsOf("2023:9.2")).isEqualTo(imports + 1);
        assertThat(cellText("9.2", 0, 1)).isEqualTo("761,7 GWh");
    }

    /** The interleaving the test above can only hit by chance: the file is checked, another write lands, then it is applied. */
    @Test
    void anImportIsAppliedOnTheVersionItWasCheckedAgainstAndRefusedWhenAnotherWriteCameBetween() throws Exception {
        ReportedTable checked = mongo.findById(ReportedTable.idOf(2023, "9.2"), ReportedTable.class);
        mvc.perform(patch("/api/test/2023/tables/9.2/cells").with(as("controller")).header("If-Match", etag("9.2"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"row\":\"energi\",\"column\":\"verdi\",\"text\":\"1 GWh\"}"))
                .andExpect(status().isOk());
        long afterTheWrite = version("9.2");
        List<List<String>> rows = new ArrayList<>(sheetOf("9.2").rows().stream().map(r -> (List<String>) new ArrayList<>(r)).toList());
        rows.get(1).set(2, "2 GWh");
        TableDraft draft = TableSheets.toDraft(new Sheet("9.2", rows));
        Provenance provenance = new Provenance("file-import", "9.2.csv", "abc", "test.controller", java.time.Instant.now());

        assertThatThrownBy(() -> importer.importTables(2023, List.of(draft), provenance, false,
                        key -> key.equals(checked.key()) ? checked : null))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(ImportRejectedException.Reason.LOCKED));
        assertThat(version("9.2")).isEqualTo(afterTheWrite);
        assertThat(cellText("9.2", 0, 1)).isEqualTo("1 GWh");
    }

    @Test
    void twoWritesOfOneCellFromTheSameVersionAtOnceOneWinsTheOtherIs412() throws Exception {
        String etag = etag("9.1");
        AtomicInteger n = new AtomicInteger();
        List<String> texts = List.of("-11,1", "-22,2");
        Map<Integer, String> sent = new java.util.concurrent.ConcurrentHashMap<>();

        List<Integer> statuses = atOnce(() -> {
            String text = texts.get(n.getAndIncrement());
            int status = mvc.perform(patch("/api/test/2023/tables/9.1/cells").with(as("controller")).header("If-Match", etag)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"row\":\"skole\",\"column\":\"avvik\",\"text\":\"" + text + "\"}"))
                    .andReturn().getResponse().getStatus();
            sent.put(status, text);
            return status;
        });

        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        assertThat(cellText("9.1", 0, 2)).as("the write that was answered 200 is the one stored").isEqualTo(sent.get(200));
    }

    @Test
    void twoPublishesAtOnceGetTwoNumbersAndARetryGetsItsOwnAgain() throws Exception {
        AtomicInteger n = new AtomicInteger();
        Map<String, Integer> given = new java.util.concurrent.ConcurrentHashMap<>();
        List<Integer> numbers = atOnce(() -> {
            String key = "publish-" + n.getAndIncrement();
            given.put(key, number(key));
            return given.get(key);
        });

        assertThat(Set.copyOf(numbers)).hasSize(2);
        assertThat(number("publish-0")).as("a retry with the same key").isEqualTo(given.get("publish-0"));
        Integer highestFrozen = mongo.findAll(no.arsberetning.common.releases.ServiceRelease.class).stream()
                .map(no.arsberetning.common.releases.ServiceRelease::number).max(Integer::compare).orElse(0);
        assertThat(numbers).allMatch(number -> number > highestFrozen);
        mvc.perform(post("/api/test/2023/releases/numbers").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"idempotencyKey\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    private int number(String key) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/test/2023/releases/numbers").with(as("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idempotencyKey\":\"" + key + "\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.number");
    }

    /** Runs the call twice at the same moment, as two pods would; the results in the order the calls were made. */
    private static <T> List<T> atOnce(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
            Callable<T> together = () -> {
                ready.countDown();
                ready.await();
                return call.call();
            };
            Future<T> one = pool.submit(together);
            Future<T> two = pool.submit(together);
            return List.of(one.get(), two.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private long importsOf(String tableId) {
        return mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("entityId").is(tableId).and("action").is("import")),
                AuditEntry.class);
    }

    private String etag(String key) throws Exception {
        return mvc.perform(get("/api/test/2023/tables/" + key).with(as("staff"))).andReturn().getResponse().getHeader("ETag");
    }

    private long version(String key) {
        return mongo.findById(ReportedTable.idOf(2023, key), ReportedTable.class).version();
    }

    private String cellText(String key, int row, int column) {
        return mongo.findById(ReportedTable.idOf(2023, key), ReportedTable.class).rows().get(row).cells().get(column).text();
    }

    private Sheet sheetOf(String key) {
        return TableSheets.toSheet(mongo.findById(ReportedTable.idOf(2023, key), ReportedTable.class));
    }
}
