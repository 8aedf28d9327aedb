package no.arsberetning.servicesgoals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import no.arsberetning.common.audit.AuditEntry;
import no.arsberetning.common.audit.AuditTrail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Reporting an indicator: If-Match required and checked, every change audited, the computed status
 * follows the new result, bad input named field by field, and nothing changes once the area's section is
 * submitted. Uses goal 5.5 (ch. 5, areas of chapters 6–10), which no other test reads.
 */
class GoalsApiTests extends ServiceAreasTestBase {

    private static final String GOAL = Y + "/goals/5.5";
    private static final String INDICATOR = GOAL + "/indicators/1";

    @Autowired
    AuditTrail audit;

    private MockHttpServletRequestBuilder report(String body, String etag) {
        MockHttpServletRequestBuilder request = patch(INDICATOR).contentType(MediaType.APPLICATION_JSON).content(body);
        return etag == null ? request : request.header("If-Match", etag);
    }

    @Test
    void aWriteWithoutIfMatchIs428AndAStaleOneIs412() throws Exception {
        String body = "{\"area\":\"kvalifisering-og-velferd\",\"comment\":\"Tallene er hentet fra fagsystemet.\"}";
        mvc.perform(report(body, null).with(reporter("kvalifisering-og-velferd")))
                .andExpect(status().isPreconditionRequired());
        String etag = etag(GOAL);
        mvc.perform(report(body, etag).with(reporter("kvalifisering-og-velferd")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", org.hamcrest.Matchers.not(etag)));
        mvc.perform(report(body.replace("fagsystemet", "regnearket"), etag).with(reporter("kvalifisering-og-velferd")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", etag(GOAL)));
        assertThat(getJson(GOAL).get("indicators").get(0).get("comment").asString()).isEqualTo("Tallene er hentet fra fagsystemet.");
    }

    @Test
    void aNewResultIsReadAgainAndTheComputedStatusFollowsItAudited() throws Exception {
        String before = getJson(GOAL).get("indicators").get(0).get("result").get("printed").asString();
        assertThat(getJson(GOAL).get("indicators").get(0).get("computedStatus").asString()).isEqualTo("not-reached");
        try {
            mvc.perform(report("{\"area\":\"Kvalifisering og velferd\",\"result\":\"Fra 2022 til 2023 var det en nedgang på 12,0 prosent.\","
                            + "\"statusWording\":\"Målet er nådd\"}", etag(GOAL)).with(reporter("kvalifisering-og-velferd")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.indicators[0].result.value").value(-12.0))
                    .andExpect(jsonPath("$.indicators[0].result.basis").value("change"))
                    .andExpect(jsonPath("$.indicators[0].reportedStatus").value("reached"))
                    .andExpect(jsonPath("$.indicators[0].statusWording").value("Målet er nådd"))
                    .andExpect(jsonPath("$.indicators[0].computedStatus").value("reached"))
                    .andExpect(jsonPath("$.indicators[0].provenance.by").value("reporter.kvalifisering-og-velferd"));
            List<AuditEntry> history = audit.history("period-goal", "2023:5.5/1");
            assertThat(history).isNotEmpty();
            assertThat(history.get(history.size() - 1).actor()).isEqualTo("reporter.kvalifisering-og-velferd");
            assertThat(history.get(history.size() - 1).action()).isEqualTo("report-indicator");
        } finally {
            mvc.perform(report(json.writeValueAsString(Map.of("area", "kvalifisering-og-velferd", "result", before,
                    "statusWording", "Målet er ikke nådd")), etag(GOAL)).with(controller())).andExpect(status().isOk());
        }
        assertThat(getJson(GOAL).get("indicators").get(0).get("computedStatus").asString()).isEqualTo("not-reached");
    }

    @Test
    void aReportersOwnNumberCanStandInForTheText() throws Exception {
        try {
            mvc.perform(report("{\"area\":\"kvalifisering-og-velferd\",\"resultValue\":\"-10,5\"}", etag(GOAL))
                            .with(reporter("kvalifisering-og-velferd")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.indicators[0].result.value").value(-10.5))
                    .andExpect(jsonPath("$.indicators[0].result.source").value("reported"))
                    .andExpect(jsonPath("$.indicators[0].computedStatus").value("reached"));
        } finally {
            String printed = getJson(GOAL).get("indicators").get(0).get("result").get("printed").asString();
            mvc.perform(report(json.writeValueAsString(Map.of("area", "kvalifisering-og-velferd", "result", printed)),
                    etag(GOAL)).with(controller())).andExpect(status().isOk());
        }
    }

    @Test
    void badInputIsA400NamingEveryFieldAndChangesNothing() throws Exception {
        String etag = etag(GOAL);
        mvc.perform(report("{\"area\":\"kvalifisering-og-velferd\",\"status\":\"nesten\",\"resultValue\":\"mange\"}", etag)
                        .with(reporter("kvalifisering-og-velferd")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("status", "resultValue")));
        mvc.perform(report("{\"area\":\"kvalifisering-og-velferd\"}", etag).with(reporter("kvalifisering-og-velferd")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("result"));
        mvc.perform(report("{\"area\":\"Helsevesenet\",\"comment\":\"x\"}", etag).with(reporter("kvalifisering-og-velferd")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("area"));
        mvc.perform(report("{\"area\":\"Skoler\",\"comment\":\"x\"}", etag).with(controller()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Målet «5.5» gjelder ikke «Skole»."));
        mvc.perform(patch(GOAL + "/indicators/9").header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"x\"}").with(controller()))
                .andExpect(status().isNotFound());
        assertThat(etag(GOAL)).isEqualTo(etag);
    }

    @Test
    void anotherAreasGoalIs403WhicheverAreaTheBodyNames() throws Exception {
        String etag = etag(GOAL);
        for (String named : List.of("skole", "Skoler", "kvalifisering-og-velferd", "")) {
            mvc.perform(report("{\"area\":\"" + named + "\",\"comment\":\"x\"}", etag).with(reporter("skole")))
                    .andExpect(status().isForbidden());
        }
        assertThat(etag(GOAL)).isEqualTo(etag);
    }

    @Test
    void aSubmittedAreaIsClosedForChangesUntilReturned() throws Exception {
        mvc.perform(post(Y + "/sections/{key}/submit", "area:Kvalifisering og velferd").with(reporter("kvalifisering-og-velferd")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("submitted"))
                .andExpect(jsonPath("$.section").value("area:kvalifisering-og-velferd"));
        mvc.perform(report("{\"area\":\"kvalifisering-og-velferd\",\"comment\":\"for sent\"}", etag(GOAL))
                        .with(reporter("kvalifisering-og-velferd")))
                .andExpect(status().isConflict());
        mvc.perform(post(Y + "/sections/area:kvalifisering-og-velferd/return").with(controller())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Mangler kommentar til indikator 1.\"}"))
                .andExpect(jsonPath("$.status").value("returned"));
        mvc.perform(report("{\"area\":\"kvalifisering-og-velferd\",\"comment\":\"Kommentar lagt til.\"}", etag(GOAL))
                        .with(reporter("kvalifisering-og-velferd")))
                .andExpect(status().isOk());
    }

    @Test
    void theAreaSectionsAreTheAreasWithTheirNames() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(Y + "/sections").with(staff()))
                .andExpect(jsonPath("$[0].key").value("area:skole"))
                .andExpect(jsonPath("$[0].title").value("Skole"))
                .andExpect(jsonPath("$[?(@.key=='area:kvalifisering-og-velferd')].area").value("kvalifisering-og-velferd"))
                .andExpect(jsonPath("$[?(@.key=='table:4.4')].area").value(org.hamcrest.Matchers.contains((Object) null)));
    }
}
