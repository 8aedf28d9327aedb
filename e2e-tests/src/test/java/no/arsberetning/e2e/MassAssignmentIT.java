package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A write that carries fields the client must not set — id, year, key, area, section, title, version,
 * provenance and audit names — is applied with none of them: the service keeps its own, counts the
 * version on by one and records who really wrote. The write puts back the text it read, so the content
 * is unchanged (InjectionIT checks the same fields never change a refused or stale write).
 */
class MassAssignmentIT {

    @ParameterizedTest(name = "{0}: a text write keeps id, area, section, version and provenance its own")
    @EnumSource(value = Service.class, names = {"FINANCE", "CLIMATE", "SERVICES_GOALS"})
    void fieldsTheClientMayNotSetAreIgnored(Service service) {
        String staff = Tokens.forUser("staff");
        String prefix = "/api/" + service.api + "/2023/texts/";
        JsonNode texts = Api.json(Calls.get(service.direct, prefix.substring(0, prefix.length() - 1), staff));
        assertThat(texts.size()).as("texts of " + service).isPositive();
        String key = texts.get(0).get("key").asString();
        HttpResponse<String> read = Calls.get(service.direct, prefix + key, staff);
        JsonNode before = Api.json(read);

        ObjectNode body = Tokens.JSON.createObjectNode();
        body.put("html", before.get("html").asString());
        body.put("id", "2023:hacked").put("_id", "hacked").put("year", 1999).put("key", "hacked").put("area", "barnehage")
                .put("section", "hacked").put("title", "hacked").put("version", 999999).put("status", "APPROVED")
                .put("createdBy", "attacker").put("changedBy", "attacker");
        body.putObject("provenance").put("source", "attacker").put("by", "attacker");
        HttpResponse<String> written = Calls.json("PUT", service.direct, prefix + key, Tokens.forUser("controller"),
                read.headers().firstValue("ETag").orElseThrow(), body.toString());
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

        JsonNode after = Api.json(Calls.get(service.direct, prefix + key, staff));
        for (String field : new String[] {"id", "year", "key", "area", "section", "title", "html"}) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong() + 1);
        assertThat(after.at("/provenance/by").asString()).isEqualTo("controller");
        assertThat(after.at("/provenance/source").asString()).isNotEqualTo("attacker");
        assertThat(Calls.get(service.direct, prefix + "hacked", staff).statusCode()).isEqualTo(404);
    }
}
