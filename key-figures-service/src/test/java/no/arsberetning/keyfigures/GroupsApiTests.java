package no.arsberetning.keyfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import no.arsberetning.common.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class GroupsApiTests extends KeyFiguresTestBase {

    private static final String EDIT = """
            {"label": "Nabokommuner", "kind": "custom", "description": "Kommunene rundt Trondheim", "members": ["5028", "5029", "5031"]}
            """;

    @Autowired
    AuditTrail audit;

    @Test
    void aNewStoreHasTheKostraGroupsAsssAndTheMunicipalitysOwnGroup() throws Exception {
        JsonNode groups = getJson(API + "/groups", "staff");

        assertThat(groups).extracting(g -> g.get("id").asString()).startsWith("egne", "asss").contains("kostra-12", "kostra-13");
        JsonNode own = groups.get(0);
        assertThat(own.get("kind").asString()).isEqualTo("own");
        assertThat(own.get("members").toString()).isEqualTo("[\"0301\",\"4601\",\"1103\"]");
        assertThat(groups.get(1).get("members").toString()).contains("\"5001\"", "\"3024\"", "\"3201\"");
    }

    @Test
    void anAdministratorCreatesChangesAndRemovesAGroupWithItsEtag() throws Exception {
        String created = mvc.perform(post(API + "/groups").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"naboer\", \"group\": " + EDIT + "}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", API + "/groups/naboer"))
                .andExpect(jsonPath("$.members[2]").value("5031"))
                .andReturn().getResponse().getHeader("ETag");

        mvc.perform(put(API + "/groups/naboer").with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(EDIT))
                .andExpect(status().isPreconditionRequired());
        String changed = mvc.perform(put(API + "/groups/naboer").with(as("admin")).header("If-Match", created)
                        .contentType(MediaType.APPLICATION_JSON).content(EDIT.replace("\"5031\"", "\"5031\", \"5035\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[3]").value("5035"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(changed).isNotEqualTo(created);
        mvc.perform(put(API + "/groups/naboer").with(as("admin")).header("If-Match", created)
                        .contentType(MediaType.APPLICATION_JSON).content(EDIT))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", changed));

        mvc.perform(delete(API + "/groups/naboer").with(as("admin")).header("If-Match", changed)).andExpect(status().isNoContent());
        mvc.perform(get(API + "/groups/naboer").with(as("staff"))).andExpect(status().isNotFound());
        assertThat(audit.history("peer-group", "naboer")).extracting(e -> e.action()).containsExactly("create", "update", "delete");
    }

    @Test
    void aGroupThatExistsCannotBeCreatedAgain() throws Exception {
        mvc.perform(post(API + "/groups").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"asss\", \"group\": " + EDIT + "}"))
                .andExpect(status().isConflict());
    }

    @Test
    void onlyAdministratorsEditGroups() throws Exception {
        for (String role : List.of("staff", "reporter", "controller", "committee")) {
            mvc.perform(post(API + "/groups").with(as(role)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"id\": \"ikke\", \"group\": " + EDIT + "}"))
                    .andExpect(status().isForbidden());
            mvc.perform(put(API + "/groups/asss").with(as(role)).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                            .content(EDIT))
                    .andExpect(status().isForbidden());
            mvc.perform(delete(API + "/groups/asss").with(as(role)).header("If-Match", "\"0\"")).andExpect(status().isForbidden());
        }
        assertThat(getJson(API + "/groups/asss", "staff").get("label").asString()).isEqualTo("ASSS-kommunene");
    }

    @Test
    void aGroupWithWrongFieldsIsRefusedNamingThem() throws Exception {
        mvc.perform(post(API + "/groups").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"Ugyldig Id\", \"group\": {\"label\": \"\", \"kind\": \"custom\", \"members\": [\"50 01\"]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "id", "group.label", "group.members[0]")));
    }
}
