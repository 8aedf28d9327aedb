package no.arsberetning.common.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.checks.Expr;
import no.arsberetning.common.checks.SharedFigure;
import no.arsberetning.common.checks.SharedFigures;
import no.arsberetning.common.demo.DemoFiles;
import no.arsberetning.common.report.ChapterReport;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The figures stated in a service's text as every service gets them: loaded from the demo file as printed,
 * read with an ETag, corrected one at a time by a controller with If-Match while their section is open,
 * audited — and read by the service's claims and by the figures it declares for other services.
 */
@SpringBootTest(classes = FiguresApiTests.TestService.class, properties = {
        "spring.cloud.config.enabled=false", "spring.config.import=classpath:config/arsberetning-defaults.yml",
        "arsberetning.api-prefix=/api/test", "arsberetning.demo.load=true", "arsberetning.figures.section=table:9.2",
        "arsberetning.demo.files=demo/test-chapter.json", "spring.mongodb.database=figures-api-tests"})
@AutoConfigureMockMvc
class FiguresApiTests {

    private static final MongoServer MONGO = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final String MONGO_URI = MONGO.bindAndGetConnectionString();
    private static final String FIGURES = "/api/test/2023/figures";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestService {

        @Bean
        ChapterReport chapterReport() {
            return year -> new ReportDocument("test", year, List.of());
        }

        /** The text's total against the table's, in another unit. */
        @Bean
        ClaimCatalog textAgainstTable() {
            return new ClaimCatalog() {
                @Override
                public List<Claim> claims(ChapterData data) {
                    return List.of(Claim.equal("text-figure-matches-table", Expr.figure("regnskap-sum-{year}"),
                            Expr.cell("9.1", "sum", "regnskap"), "Teksten skal stemme med summen i tabell 9.1"));
                }
            };
        }

        @Bean
        SharedFigures shared() {
            return data -> List.of(SharedFigure.of("barnehager/bygget", "Barnehager bygget", Expr.figure("barnehager-{year}"),
                    data, "teksten"));
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
    AuditTrail audit;
    @Autowired
    FiguresDemoLoader loader;
    @Autowired
    DemoFiles files;
    @Autowired
    FigureStore store;

    static JwtRequestPostProcessor as(String role) {
        return jwt().jwt(j -> j.subject("test." + role).claim("preferred_username", "test." + role)
                        .claim("realm_access", Map.of("roles", List.of(role))).claim("service_areas", List.of("skole")))
                .authorities(new KeycloakAuthorities());
    }

    @AfterEach
    void reopenSections() {
        mongo.dropCollection("section_states");
    }

    @Test
    void theFiguresAreLoadedAsPrintedWithTheNumberEachStates() throws Exception {
        mvc.perform(get(FIGURES).with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.section").value("table:9.2"))
                .andExpect(jsonPath("$.figures[?(@.id=='barnehager-2023')].value").value("fem"))
                .andExpect(jsonPath("$.figures[?(@.id=='barnehager-2023')].number").value(5))
                .andExpect(jsonPath("$.figures[?(@.id=='periode')].number").value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.figures[?(@.id=='regnskap-sum-2023')].provenance.source").value("demo-seed"));
        mvc.perform(get(FIGURES + "/regnskap-sum-2023").with(as("staff")))
                .andExpect(status().isOk()).andExpect(header().exists("ETag")).andExpect(jsonPath("$.unit").value("BNOK"));
        mvc.perform(get(FIGURES + "/finnes-ikke").with(as("staff"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/test/2022/figures").with(as("staff"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAControllerChangesAFigureWithTheCurrentETagAndEveryWriteIsAudited() throws Exception {
        String etag = etag();
        for (String role : List.of("staff", "reporter", "admin")) {
            mvc.perform(edit("barnehager-2023", "{\"value\":\"seks\"}", etag).with(as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(patch(FIGURES + "/barnehager-2023").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":\"seks\"}")).andExpect(status().isPreconditionRequired());
        mvc.perform(edit("barnehager-2023", "{\"value\":\"seks\"}", "\"999\"").with(as("controller")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(edit("barnehager-2023", "{\"value\":\"mange\"}", etag).with(as("controller")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
        mvc.perform(edit("finnes-ikke", "{\"value\":\"1\"}", etag).with(as("controller"))).andExpect(status().isNotFound());
        assertThat(etag()).isEqualTo(etag);

        mvc.perform(edit("barnehager-2023", "{\"value\":\"seks\",\"text\":\"seks barnehager ble bygget\"}", etag).with(as("controller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[?(@.id=='barnehager-2023')].number").value(6))
                .andExpect(jsonPath("$.figures[?(@.id=='barnehager-2023')].text").value("seks barnehager ble bygget"))
                .andExpect(jsonPath("$.figures[?(@.id=='barnehager-2023')].provenance.by").value("test.controller"));
        assertThat(etag()).isNotEqualTo(etag);
        mvc.perform(edit("barnehager-2023", "{\"value\":\"sju\"}", etag).with(as("controller")))
                .andExpect(status().isPreconditionFailed());
        assertThat(audit.history("text-figure", "2023/barnehager-2023")).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("set-figure"));
        mvc.perform(edit("barnehager-2023", "{\"value\":\"fem\",\"text\":\"fem barnehager ble bygget\"}", etag()).with(as("controller")))
                .andExpect(status().isOk());
    }

    @Test
    void loadingTheDemoFilesAgainChangesNothing() throws Exception {
        String etag = etag();
        long audited = audit.history("text-figure", "2023").size();
        files.read().forEach(loader::load);
        assertThat(etag()).isEqualTo(etag);
        assertThat(audit.history("text-figure", "2023")).hasSize((int) audited);
    }

    @Test
    void aLaterFileAddsOnlyTheFiguresTheYearDoesNotHave() throws Exception {
        Provenance second = new Provenance("demo-seed", "second.json", null, "demo-loader", Instant.now());
        int added = store.addAbsent(2023, "ignored", List.of(new StatedFigure("barnehager-2023", "ti barnehager", "ti", "count", 9),
                new StatedFigure("skoler-2023", "tre skoler", "tre", "count", 9)), List.of(), second);
        assertThat(added).isEqualTo(1);
        mvc.perform(get(FIGURES).with(as("staff")))
                .andExpect(jsonPath("$.section").value("table:9.2"))
                .andExpect(jsonPath("$.figures[?(@.id=='skoler-2023')].number").value(3))
                .andExpect(jsonPath("$.figures[?(@.id=='skoler-2023')].provenance.fileName").value("second.json"))
                .andExpect(jsonPath("$.figures[?(@.id=='barnehager-2023')].text").value("fem barnehager ble bygget"));
    }

    @Test
    void aFigureCannotChangeWhileItsSectionIsSubmitted() throws Exception {
        mvc.perform(post("/api/test/2023/sections/table:9.2/submit").with(as("controller"))).andExpect(status().isOk());
        mvc.perform(edit("barnehager-2023", "{\"value\":\"seks\"}", etag()).with(as("controller"))).andExpect(status().isConflict());
    }

    @Test
    void theClaimsAndTheSharedFiguresReadTheFiguresAsTheyAreNow() throws Exception {
        // 4,5 milliarder against the table's sum 4 477,2 millioner: the same at the text's precision
        mvc.perform(get("/api/test/2023/checks").with(as("staff")))
                .andExpect(jsonPath("$[?(@.rule=='text-figure-matches-table')]").isEmpty());
        mvc.perform(edit("regnskap-sum-2023", "{\"value\":\"4,6\"}", etag()).with(as("controller"))).andExpect(status().isOk());
        mvc.perform(get("/api/test/2023/checks").with(as("staff")))
                .andExpect(jsonPath("$[?(@.rule=='text-figure-matches-table')].expected").value(org.hamcrest.Matchers.contains("4,48")))
                .andExpect(jsonPath("$[?(@.rule=='text-figure-matches-table')].tables[0]").value(org.hamcrest.Matchers.contains("9.1")));
        mvc.perform(edit("regnskap-sum-2023", "{\"value\":\"4,5\"}", etag()).with(as("controller"))).andExpect(status().isOk());

        mvc.perform(get("/api/test/2023/checks/figures").with(as("staff")))
                .andExpect(jsonPath("$[0].id").value("barnehager/bygget"))
                .andExpect(jsonPath("$[0].text").value("fem"))
                .andExpect(jsonPath("$[0].value").value(5))
                .andExpect(jsonPath("$[0].low").value(5))
                .andExpect(jsonPath("$[0].unit").value("count"));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(String id, String body, String etag) {
        return patch(FIGURES + "/" + id).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String etag() throws Exception {
        return mvc.perform(get(FIGURES).with(as("staff"))).andReturn().getResponse().getHeader("ETag");
    }
}
