package no.arsberetning.common.years;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.releases.ServiceRelease;
import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ChapterReport;
import no.arsberetning.common.report.ConsistencyRules;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.restatements.RestatementsAutoConfiguration;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.common.tables.CarriedProvenance;
import no.arsberetning.common.tables.ReportTables;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Opening a year from an earlier one as every service gets it ({@code POST <prefix>/years}): tables with their years
 * moved and the earlier year's figures carried from its newest release, texts as empty drafts with last year's text
 * to start from, idempotent, conflicts named, the earlier year untouched, and the new year checked against what the
 * earlier one published ({@code prior-year-restated}).
 */
@SpringBootTest(classes = YearOpeningTests.TestService.class, properties = {
        "spring.cloud.config.enabled=false", "spring.config.import=classpath:config/arsberetning-defaults.yml",
        "arsberetning.api-prefix=/api/test", "arsberetning.demo.load=true",
        "arsberetning.demo.files=demo/years-chapter.json", "spring.mongodb.database=year-opening-tests"})
@AutoConfigureMockMvc
class YearOpeningTests {

    private static final MongoServer MONGO = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final String MONGO_URI = MONGO.bindAndGetConnectionString();
    private static final String OPEN_2024 = "{\"year\": 2024, \"from\": 2023}";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestService {

        @Bean
        ChapterReport chapterReport(TableStore tables) {
            return year -> new ReportDocument("test", year, List.of(new ReportDocument.Chapter("9", "Test",
                    tables.all(year).stream().map(t -> new ReportDocument.Section(t.key(), t.caption(),
                            List.<Block>of(new Block.TableBlock(ReportTables.of(t))))).toList())));
        }

        @Bean
        ConsistencyRules consistencyRules() {
            return year -> List.of();
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
    TableStore tables;
    @Autowired
    TextStore texts;
    @Autowired
    ObjectMapper json;
    @Autowired
    PriorYears priors;

    static JwtRequestPostProcessor as(String role, String... areas) {
        return jwt().jwt(j -> j.subject("test." + role).claim("preferred_username", "test." + role)
                        .claim("realm_access", Map.of("roles", List.of(role)))
                        .claim("service_areas", List.of(areas)))
                .authorities(new KeycloakAuthorities());
    }

    /** Every test starts from 2023 as loaded, with its text, and no later year, release or acceptance. */
    @BeforeEach
    void onlyTheDemoYear() {
        Query later = Query.query(Criteria.where("year").gt(2023));
        for (Class<?> type : List.of(ReportedTable.class, ReportText.class, ReportingYear.class)) {
            mongo.remove(later, type);
        }
        mongo.remove(Query.query(Criteria.where("_id").gt(2023)), ReportingYear.class);
        for (String collection : List.of(OpenedYear.COLLECTION, ServiceRelease.COLLECTION, "section_states",
                "restatement_acceptances")) {
            mongo.remove(new Query(), collection);
        }
        texts.createIfAbsent(2023, "forklaring:skole", "area:skole", "skole", "Forklaring til avviket i 2023",
                "<p>Skolen brukte mindre i 2023.</p>", new Provenance("demo-seed", "test", null, "demo-loader", null));
    }

    @Test
    void everyTableOpensWithItsYearsMovedAndTheEarlierYearsFiguresFromTheNewestRelease() throws Exception {
        int release = publish2023();
        // After the release the working data of 2023 changes: the new year must carry what was published.
        ReportedTable working = tables.get(2023, "9.1");
        String actual = working.columns().get(1).key();
        tables.setCell(working, "driftsinntekter", actual, "-1,0", "test");
        try {
            openAndCheckTable91(release);
        } finally {
            ReportedTable changed = tables.get(2023, "9.1");
            tables.setCell(changed, "driftsinntekter", actual, "-19 472,0", "test");
        }
    }

    private void openAndCheckTable91(int release) throws Exception {

        mvc.perform(post("/api/test/years").with(as("controller")).contentType(MediaType.APPLICATION_JSON).content(OPEN_2024))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.year").value(2024))
                .andExpect(jsonPath("$.from").value(2023))
                .andExpect(jsonPath("$.state").value("open"))
                .andExpect(jsonPath("$.sourceRelease").value(release))
                .andExpect(jsonPath("$.created.tables").value(3))
                .andExpect(jsonPath("$.created.texts").value(1))
                .andExpect(jsonPath("$.created.sections").value(4));

        ReportedTable earlier = tables.get(2023, "9.1");
        ReportedTable table = tables.get(2024, "9.1");
        assertThat(table.caption()).isEqualTo("Økonomisk oversikt 2024. Millioner kroner.");
        assertThat(table.number()).isEqualTo("9.1");
        assertThat(table.columns()).extracting(c -> c.label())
                .containsExactly("Regnskap 2023", "Regnskap 2024", "Budsjett 2024", "Avvik");
        assertThat(table.columns()).extracting(c -> c.key()).isEqualTo(earlier.columns().stream().map(c -> c.key()).toList());
        assertThat(table.rows()).extracting(r -> r.label()).isEqualTo(earlier.rows().stream().map(r -> r.label()).toList());
        // "Regnskap 2023" of 2024 is 2023's "Regnskap 2023" as released, not as changed afterwards.
        assertThat(table.rows().get(0).cells().get(0).text()).isEqualTo("-19 472,0");
        assertThat(table.rows().get(0).cells().get(0).value()).isEqualByComparingTo("-19472.0");
        assertThat(table.rows().get(2).cells().get(0).value()).isEqualByComparingTo("-172.0");
        Provenance carried = table.provenanceOf("driftsinntekter", table.columns().get(0).key());
        assertThat(carried.source()).isEqualTo(CarriedProvenance.RELEASE);
        assertThat(carried.fileName()).isEqualTo("2023/" + release);
        assertThat(CarriedProvenance.describe(carried)).isEqualTo("Årsberetningen for 2023, utgivelse " + release);
        // The new year's columns are empty, not reported yet; a note row keeps its text.
        for (int c = 1; c < 4; c++) {
            assertThat(table.rows().get(0).cells().get(c).value()).isNull();
            assertThat(table.rows().get(0).cells().get(c).reason()).isEqualTo(MissingReason.NOT_REPORTED);
            assertThat(table.provenanceOf("driftsinntekter", table.columns().get(c).key()).source())
                    .isEqualTo(CarriedProvenance.YEAR_OPENING);
        }
        assertThat(table.rows().get(3).cells().get(0).text()).isEqualTo(earlier.rows().get(3).cells().get(0).text());
    }

    @Test
    void keyFigureColumnsCarryTheEarlierYearAndKeepTheRowsDescription() throws Exception {
        publish2023();
        open2024().andExpect(status().isCreated());
        ReportedTable figures = tables.get(2024, "9.2");
        assertThat(figures.columns()).extracting(c -> c.label())
                .containsExactly("Beskrivelse", "Trondheim 2023", "Trondheim 2024", "Oslo 2024");
        assertThat(figures.rows().get(0).cells().get(0).text()).isEqualTo("Andel som fullfører");
        assertThat(figures.rows().get(0).cells().get(1).value()).isEqualByComparingTo("88.1");
        assertThat(figures.rows().get(1).cells().get(1).value()).isEqualByComparingTo("96.5");
        assertThat(figures.rows().get(0).cells().get(2).reason()).isEqualTo(MissingReason.NOT_REPORTED);
        assertThat(figures.rows().get(1).cells().get(3).reason()).isEqualTo(MissingReason.NOT_REPORTED);

        ReportedTable guarantees = tables.get(2024, "9.3");
        assertThat(guarantees.caption()).isEqualTo("Garantiansvar 2021-2024, per 31.12.2024. Referanseår 2009, mål for 2030.");
        assertThat(guarantees.columns()).extracting(c -> c.label()).containsExactly("2022", "2023", "2024");
        assertThat(guarantees.rows().get(0).cells()).extracting(c -> c.text()).containsExactly("1 150", "1 100", "");
    }

    @Test
    void textsStartEmptyWithLastYearsTextOfferedAsAStartingPoint() throws Exception {
        open2024().andExpect(status().isCreated());
        mvc.perform(get("/api/test/2024/texts/forklaring:skole").with(as("reporter", "skole")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.html").value(""))
                .andExpect(jsonPath("$.title").value("Forklaring til avviket i 2024"))
                .andExpect(jsonPath("$.section").value("area:skole"))
                .andExpect(jsonPath("$.startingPoint.year").value(2023))
                .andExpect(jsonPath("$.startingPoint.html").value("<p>Skolen brukte mindre i 2023.</p>"));
        mvc.perform(get("/api/test/2023/texts/forklaring:skole").with(as("staff")))
                .andExpect(jsonPath("$.startingPoint").doesNotExist());
        mvc.perform(get("/api/test/2024/sections").with(as("staff")))
                .andExpect(jsonPath("$[*].status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("draft"))));
    }

    @Test
    void withoutAReleaseTheFiguresComeFromTheWorkingDataAndTheNewYearSaysSo() throws Exception {
        open2024().andExpect(status().isCreated()).andExpect(jsonPath("$.sourceRelease").doesNotExist());
        ReportedTable table = tables.get(2024, "9.1");
        assertThat(table.rows().get(0).cells().get(0).value()).isEqualByComparingTo("-19472.0");
        assertThat(table.provenanceOf("driftsinntekter", table.columns().get(0).key()).source())
                .isEqualTo(CarriedProvenance.WORKING_DATA);
        mvc.perform(get("/api/test/2024/checks").with(as("staff")))
                .andExpect(jsonPath("$[?(@.rule == 'prior-year-unpublished')].severity").value("warning"));
    }

    @Test
    void openingTwiceIsHarmlessAndAnswersTheSame() throws Exception {
        publish2023();
        String first = open2024().andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long version = tables.get(2024, "9.1").version();
        String second = open2024().andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(second)).isEqualTo(json.readTree(first));
        assertThat(tables.all(2024)).hasSize(3);
        assertThat(tables.get(2024, "9.1").version()).isEqualTo(version);
        assertThat(texts.all(2024)).hasSize(1);
    }

    @Test
    void anOpeningThatStoppedHalfWayIsFinishedByTheNextCall() throws Exception {
        publish2023();
        mongo.insert(OpenedYear.started(2024, 2023, "test.controller", Instant.now()));
        mongo.insert(TableCarryOver.next(tables.get(2023, "9.3"), new Opening(2024, 2023, "test.controller",
                Instant.now(), priors.of(2023))));
        mvc.perform(get("/api/test/years").with(as("staff")))
                .andExpect(jsonPath("$[?(@.year == 2024)].state").value("opening"));
        open2024().andExpect(status().isCreated()).andExpect(jsonPath("$.created.tables").value(3));
        assertThat(tables.all(2024)).hasSize(3);
    }

    @Test
    void aYearOpenedFromAnotherYearOrHoldingOtherDataOrFromNothingIsAConflictNamingWhy() throws Exception {
        open2024().andExpect(status().isCreated());
        open("{\"year\": 2024, \"from\": 2022}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("opened-from-another-year"))
                .andExpect(jsonPath("$.detail").value(containsString("2024 er allerede åpnet fra 2023")));
        open("{\"year\": 2022, \"from\": 2021}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("from-missing"));
        new ReportingYears(mongo, Clock.systemUTC()).register(2026, "test", "test");
        open("{\"year\": 2026, \"from\": 2024}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("year-has-data"));
    }

    @Test
    void aYearNotAfterItsSourceOrMissingIsBadInputNamingTheField() throws Exception {
        open("{\"year\": 2023, \"from\": 2023}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        open("{\"from\": 2023}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        open("{\"year\": 99999, \"from\": 2023}").andExpect(status().isBadRequest());
        assertThat(tables.hasAny(2024)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "reporter", "committee"})
    void onlyControllersAndAdministratorsOpenAYear(String role) throws Exception {
        mvc.perform(post("/api/test/years").with(as(role, "skole")).contentType(MediaType.APPLICATION_JSON).content(OPEN_2024))
                .andExpect(status().isForbidden());
        assertThat(tables.hasAny(2024)).isFalse();
    }

    @Test
    void anAdministratorMayOpenAYear() throws Exception {
        mvc.perform(post("/api/test/years").with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(OPEN_2024))
                .andExpect(status().isCreated());
    }

    @Test
    void theEarlierYearIsUntouched() throws Exception {
        publish2023();
        String tablesBefore = json.writeValueAsString(tables.all(2023));
        String textsBefore = json.writeValueAsString(texts.all(2023));
        String releasesBefore = read("/api/test/2023/releases/1");
        open2024().andExpect(status().isCreated());
        assertThat(json.writeValueAsString(tables.all(2023))).isEqualTo(tablesBefore);
        assertThat(json.writeValueAsString(texts.all(2023))).isEqualTo(textsBefore);
        assertThat(read("/api/test/2023/releases/1")).isEqualTo(releasesBefore);
    }

    @Test
    void theYearsListSaysWhereEachYearCameFromItsSectionsAndReleases() throws Exception {
        int release = publish2023();
        open2024().andExpect(status().isCreated());
        mvc.perform(get("/api/test/years").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2023))
                .andExpect(jsonPath("$[0].state").value("open"))
                .andExpect(jsonPath("$[0].releases[0]").value(release))
                .andExpect(jsonPath("$[1].year").value(2024))
                .andExpect(jsonPath("$[1].openedFrom").value(2023))
                .andExpect(jsonPath("$[1].sourceRelease").value(release))
                .andExpect(jsonPath("$[1].sections.total").value(4))
                .andExpect(jsonPath("$[1].sections.draft").value(4))
                .andExpect(jsonPath("$[1].releases").isEmpty());
    }

    @Test
    void aChangedCarriedFigureIsARestatementThatBlocksTheReleaseUntilAControllerAcceptsIt() throws Exception {
        int release = publish2023();
        open2024().andExpect(status().isCreated());
        ReportedTable table = tables.get(2024, "9.1");
        String carried = table.columns().get(0).key();
        mvc.perform(patch("/api/test/2024/tables/9.1/cells").with(as("controller")).header("If-Match", "\"" + table.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"row\": \"driftsinntekter\", \"column\": \"" + carried + "\", \"text\": \"-19 480,0\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/test/2024/checks").with(as("staff")))
                .andExpect(jsonPath("$[?(@.rule == 'prior-year-restated')].severity").value("error"))
                .andExpect(jsonPath("$[?(@.rule == 'prior-year-restated')].tables[0]").value("9.1"))
                .andExpect(jsonPath("$[?(@.rule == 'prior-year-restated')].expected").value("-19 472,0 (utgivelse " + release + ")"))
                .andExpect(jsonPath("$[?(@.rule == 'prior-year-restated')].actual").value("-19 480,0"))
                .andExpect(jsonPath("$[?(@.rule == 'prior-year-restated')].message").value(org.hamcrest.Matchers.hasItem(
                        containsString("Tabell 9.1, raden «Driftsinntekter», kolonnen «Regnskap 2023»"))));
        freeze2024("første").andExpect(status().isConflict());

        mvc.perform(post("/api/test/2024/restatements/acceptances").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"table\": \"9.1\", \"row\": \"driftsinntekter\", \"column\": \"" + carried + "\", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/test/2024/restatements/acceptances").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"table\": \"9.1\", \"row\": \"driftsinntekter\", \"column\": \"" + carried + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/test/2024/restatements/acceptances").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"table\": \"9.1\", \"row\": \"driftsinntekter\", \"column\": \"" + carried
                                + "\", \"reason\": \"Regnskapet for 2023 ble korrigert etter revisjonen.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptance.by").value("test.controller"));

        mvc.perform(get("/api/test/2024/checks").with(as("staff")))
                .andExpect(jsonPath("$[?(@.rule == 'prior-year-restated')].severity").value("info"))
                .andExpect(jsonPath("$[?(@.rule == 'prior-year-restated')].message").value(org.hamcrest.Matchers.hasItem(
                        containsString("Regnskapet for 2023 ble korrigert etter revisjonen."))));
        freeze2024("andre").andExpect(status().isOk());
    }

    @Test
    void anAcceptanceHoldsOnlyForTheValueItAccepted() throws Exception {
        publish2023();
        open2024().andExpect(status().isCreated());
        String carried = tables.get(2024, "9.1").columns().get(0).key();
        setCell("-19 480,0", carried);
        mvc.perform(post("/api/test/2024/restatements/acceptances").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"table\": \"9.1\", \"row\": \"driftsinntekter\", \"column\": \"" + carried
                                + "\", \"reason\": \"Korrigert.\"}"))
                .andExpect(status().isOk());
        setCell("-19 490,0", carried);
        mvc.perform(get("/api/test/2024/restatements").with(as("staff")))
                .andExpect(jsonPath("$[0].current.text").value("-19 490,0"))
                .andExpect(jsonPath("$[0].acceptance").doesNotExist());
        setCell("-19 472,0", carried);
        mvc.perform(get("/api/test/2024/restatements").with(as("staff"))).andExpect(jsonPath("$").isEmpty());
        mvc.perform(post("/api/test/2024/restatements/acceptances").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"table\": \"9.1\", \"row\": \"driftsinntekter\", \"column\": \"" + carried
                                + "\", \"reason\": \"Korrigert.\"}"))
                .andExpect(status().isNotFound());
    }

    private void setCell(String text, String column) {
        ReportedTable table = tables.get(2024, "9.1");
        tables.setCell(table, "driftsinntekter", column, text, "test");
    }

    private int publish2023() throws Exception {
        MvcResult result = mvc.perform(post("/api/test/2023/releases").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": 1, \"idempotencyKey\": \"2023-1\"}"))
                .andExpect(status().isOk()).andReturn();
        JsonNode release = json.readTree(result.getResponse().getContentAsString());
        return release.get("number").asInt();
    }

    private org.springframework.test.web.servlet.ResultActions freeze2024(String key) throws Exception {
        return mvc.perform(post("/api/test/2024/releases").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"number\": 1, \"idempotencyKey\": \"" + key + "\"}"));
    }

    private org.springframework.test.web.servlet.ResultActions open2024() throws Exception {
        return open(OPEN_2024);
    }

    private org.springframework.test.web.servlet.ResultActions open(String body) throws Exception {
        return mvc.perform(post("/api/test/years").with(as("controller")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path).with(as("staff"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
