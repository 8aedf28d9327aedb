package no.arsberetning.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import no.arsberetning.common.audit.AuditEntry;
import tools.jackson.databind.JsonNode;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/**
 * Inspections are corrected and added by controllers only, with If-Match (428 without, 412 when stale),
 * while their section is open (409 after submission), validated (400 naming the fields) and audited.
 */
class InspectionsApiTests extends HrApiTestSupport {

    private static final String PATH = API + "/inspections/tonstad-skole";

    @Test
    void aCorrectionNeedsTheCurrentETagAndIsAudited() throws Exception {
        JsonNode before = getJson(PATH);
        String etag = etag(PATH);
        String body = body(before, "Skolen har laget en handlingsplan og har frist til 1.3.2024 med å lukke påleggene.");

        mvc.perform(put(PATH).with(as("controller")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(PATH).with(as("controller")).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.followUp").value(Matchers.startsWith("Skolen har laget")))
                .andExpect(jsonPath("$.followUpStatus").value("in-progress"))
                .andExpect(jsonPath("$.provenance.by").value("test.controller"));
        try {
            mvc.perform(put(PATH).with(as("controller")).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                            .content(body(before, "Noe annet.")))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(header().string("ETag", "\"1\""));
            assertThat(getJson(PATH).get("followUp").asString()).startsWith("Skolen har laget");
            assertThat(findings("hr-inspection-follow-up", null)).noneMatch(f -> f.get("message").asString().contains("Tonstad"));
            AuditEntry entry = mongo.findOne(Query.query(Criteria.where("entityType").is("inspection")
                    .and("entityId").is("2023:tonstad-skole").and("action").is("update")), AuditEntry.class);
            assertThat(entry).isNotNull();
            assertThat(entry.actor()).isEqualTo("test.controller");
        } finally {
            mvc.perform(put(PATH).with(as("controller")).header("If-Match", etag(PATH)).contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(restore(before))))
                    .andExpect(status().isOk());
        }
        assertThat(findings("hr-inspection-follow-up", null)).anyMatch(f -> f.get("message").asString().contains("Tonstad"));
    }

    @Test
    void badInputIsA400NamingEveryFieldAndChangesNothing() throws Exception {
        long version = getJson(PATH).get("version").asLong();
        mvc.perform(put(PATH).with(as("controller")).header("If-Match", etag(PATH)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"authority\":\"\",\"unit\":\"Tonstad skole\",\"findings\":\"x\",\"ordersCount\":-1,"
                                + "\"outcome\":\"orders\",\"followUpStatus\":\"closed\",\"areas\":[\"skolen\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("authority", "ordersCount", "areas")));
        assertThat(getJson(PATH).get("version").asLong()).isEqualTo(version);
    }

    @Test
    void aSubmittedSectionIsClosedForCorrections() throws Exception {
        mvc.perform(post(API + "/sections/inspections/submit").with(as("controller"))).andExpect(status().isOk());
        mvc.perform(put(PATH).with(as("controller")).header("If-Match", etag(PATH)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(getJson(PATH), "Endret.")))
                .andExpect(status().isConflict());
        mvc.perform(post(API + "/inspections").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(getJson(PATH), "Ny.")))
                .andExpect(status().isConflict());
    }

    @Test
    void aControllerAddsAnInspection() throws Exception {
        String body = "{\"authority\":\"Statsforvalteren\",\"unit\":\"Lade skole\",\"topic\":\"Skolemiljø\","
                + "\"findings\":\"Ingen avvik.\",\"outcome\":\"no-deviations\",\"followUpStatus\":\"not-needed\","
                + "\"deadline\":\"2024-03-01\",\"areas\":[\"skole\"]}";
        try {
            mvc.perform(post(API + "/inspections").with(as("controller")).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.key").value("lade-skole-2"))
                    .andExpect(jsonPath("$.order").value(26))
                    .andExpect(jsonPath("$.deadline").value("2024-03-01"));
            assertThat(getJson(API + "/inspections").size()).isEqualTo(27);
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is("2023:lade-skole-2")), "inspections");
        }
    }

    private String body(JsonNode inspection, String followUp) {
        Map<String, Object> edit = restore(inspection);
        edit.put("followUp", followUp);
        edit.put("followUpStatus", "in-progress");
        return json.writeValueAsString(edit);
    }

    /** The editable fields of an inspection, as read. */
    private static Map<String, Object> restore(JsonNode inspection) {
        Map<String, Object> edit = new LinkedHashMap<>();
        for (String field : new String[] {"authority", "unit", "topic", "orders", "ordersCount", "findings", "followUp",
                "outcome", "followUpStatus", "deadline", "areas"}) {
            JsonNode value = inspection.get(field);
            edit.put(field, value == null || value.isNull() ? null
                    : value.isInt() ? value.asInt() : value.isArray() ? value.valueStream().map(JsonNode::asString).toList()
                    : value.asString());
        }
        return edit;
    }
}
