package no.arsberetning.finance.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import no.arsberetning.common.audit.AuditEntry;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.testing.ServiceApiTests;
import no.arsberetning.finance.support.DemoDataContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

/**
 * The report's front matter in the controller's service: loaded from the demo file (the seed's foreword
 * exactly), in the report document and in releases, written only by a controller with If-Match, audited,
 * and closed once its section is submitted.
 */
@SpringBootTest(properties = {"arsberetning.demo.load=true",
        DemoDataContext.DEMO_FILES, "spring.mongodb.database=finance-front-matter-tests"})
class FrontMatterTests extends ServiceApiTests {

    private static final String API = "/api/finance/2023";
    private static final String TITLE_PAGE = "{\"municipality\":\"Trondheim kommune\",\"municipalityAlt\":\"Tråanten tjielte\","
            + "\"municipalityAltLang\":\"sma\",\"title\":\"Årsberetning 2023\",\"issuedBy\":\"Kommunedirektøren\","
            + "\"date\":\"2024-03-20\",\"versionLabel\":\"Til bystyret\"}";

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void reopen() {
        mongo.dropCollection("section_states");
    }

    @Test
    void theDemoFrontMatterIsTheSeedsTitlePageAndForeword() throws Exception {
        mvc.perform(get(API + "/front-matter").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.titlePage.municipality").value("Trondheim kommune"))
                .andExpect(jsonPath("$.titlePage.municipalityAlt").value("Tråanten tjielte"))
                .andExpect(jsonPath("$.titlePage.title").value("Årsberetning 2023"))
                .andExpect(jsonPath("$.titlePage.issuedBy").value("Kommunedirektøren"))
                .andExpect(jsonPath("$.foreword.title").value("Et begivenhetsrikt år"))
                .andExpect(jsonPath("$.foreword.html", startsWith("<p><strong>2023 var et begivenhetsrikt år for Trondheim kommune.")))
                .andExpect(jsonPath("$.foreword.html", containsString("et underskudd på 137 millioner kroner")))
                .andExpect(jsonPath("$.foreword.html", containsString("<li>Trondheim rehabiliteringssenter ble åpnet.</li>")));
        mvc.perform(get(API + "/report").with(as("staff")))
                .andExpect(jsonPath("$.frontMatter.title").value("Årsberetning 2023"))
                .andExpect(jsonPath("$.frontMatter.forewordTitle").value("Et begivenhetsrikt år"))
                .andExpect(jsonPath("$.frontMatter.forewordHtml", containsString("Morten Wolden")))
                .andExpect(jsonPath("$.chapters[0].number").value("1"));
        mvc.perform(get(API + "/sections").with(as("staff")))
                .andExpect(jsonPath("$[-1:].key", hasItem(FrontMatter.SECTION)));
    }

    @Test
    void onlyAControllerWritesTheTitlePageWithIfMatchAndItIsAudited() throws Exception {
        String tag = etag();
        mvc.perform(put(API + "/front-matter/title-page").with(as("reporter", "skole")).header("If-Match", tag)
                        .contentType(MediaType.APPLICATION_JSON).content(TITLE_PAGE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(API + "/front-matter/title-page").with(as("staff")).header("If-Match", tag)
                        .contentType(MediaType.APPLICATION_JSON).content(TITLE_PAGE))
                .andExpect(status().isForbidden());
        mvc.perform(put(API + "/front-matter/title-page").with(as("controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(TITLE_PAGE))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(API + "/front-matter/title-page").with(as("controller")).header("If-Match", "\"999\"")
                        .contentType(MediaType.APPLICATION_JSON).content(TITLE_PAGE))
                .andExpect(status().isPreconditionFailed());
        assertThat(etag()).isEqualTo(tag);

        mvc.perform(put(API + "/front-matter/title-page").with(as("controller")).header("If-Match", tag)
                        .contentType(MediaType.APPLICATION_JSON).content(TITLE_PAGE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2024-03-20"))
                .andExpect(jsonPath("$.provenance.by").value("test.controller"));
        assertThat(etag()).isNotEqualTo(tag);
        assertThat(audit.history("title-page", "2023")).extracting(AuditEntry::actor).contains("test.controller");
        mvc.perform(get(API + "/report").with(as("staff")))
                .andExpect(jsonPath("$.frontMatter.date").value("2024-03-20"))
                .andExpect(jsonPath("$.frontMatter.versionLabel").value("Til bystyret"));
    }

    @Test
    void badInputNamesTheFields() throws Exception {
        mvc.perform(put(API + "/front-matter/title-page").with(as("controller")).header("If-Match", etag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"municipality\":\"\",\"title\":\"Årsberetning\",\"date\":\"20. mars\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("municipality")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("date")));
    }

    @Test
    void onlyAControllerWritesTheForewordAndNotOnceSubmitted() throws Exception {
        String tag = textTag();
        String original = mvc.perform(get(API + "/texts/" + FrontMatter.FOREWORD_KEY).with(as("staff"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String originalHtml = tools.jackson.databind.json.JsonMapper.builder().build().readTree(original).get("html").asString();
        mvc.perform(put(API + "/texts/" + FrontMatter.FOREWORD_KEY).with(as("reporter", "skole")).header("If-Match", tag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"html\":\"<p>Feil</p>\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/sections/" + FrontMatter.SECTION + "/submit").with(as("controller")))
                .andExpect(status().isOk());
        mvc.perform(put(API + "/texts/" + FrontMatter.FOREWORD_KEY).with(as("controller")).header("If-Match", tag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"html\":\"<p>Nytt forord</p>\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put(API + "/front-matter/title-page").with(as("controller")).header("If-Match", etag())
                        .contentType(MediaType.APPLICATION_JSON).content(TITLE_PAGE))
                .andExpect(status().isConflict());
        mvc.perform(post(API + "/sections/" + FrontMatter.SECTION + "/reopen").with(as("controller")))
                .andExpect(status().isOk());
        mvc.perform(put(API + "/texts/" + FrontMatter.FOREWORD_KEY).with(as("controller")).header("If-Match", tag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"html\":\"<p>Nytt forord</p><script>x()</script>\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.html").value("<p>Nytt forord</p>"));
        assertThat(audit.history("text", ReportText.idOf(2023, FrontMatter.FOREWORD_KEY))).extracting(AuditEntry::actor)
                .contains("test.controller");
        mvc.perform(put(API + "/texts/" + FrontMatter.FOREWORD_KEY).with(as("controller")).header("If-Match", textTag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                                java.util.Map.of("html", originalHtml))))
                .andExpect(status().isOk());
    }

    @Test
    void aReleaseFreezesTheFrontMatter() throws Exception {
        mvc.perform(post(API + "/releases").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":1,\"idempotencyKey\":\"front-matter-test\",\"missingRequired\":[\"ldl-26a-lonn\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.frontMatter.forewordTitle").value("Et begivenhetsrikt år"))
                .andExpect(jsonPath("$.missingRequired[0]").value("ldl-26a-lonn"));
    }

    private String etag() throws Exception {
        return mvc.perform(get(API + "/front-matter").with(as("staff"))).andReturn().getResponse().getHeader("ETag");
    }

    private String textTag() throws Exception {
        return mvc.perform(get(API + "/texts/" + FrontMatter.FOREWORD_KEY).with(as("staff"))).andReturn().getResponse()
                .getHeader("ETag");
    }
}
