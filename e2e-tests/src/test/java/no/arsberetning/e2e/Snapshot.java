package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.arsberetning.e2e.Platform.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything a service holds for the demo year, read through its own API: every GET its OpenAPI lists
 * whose only parameter is the year (lists of tables, texts, sections, goals, releases …) and every table
 * in full. Two snapshots are equal exactly when nothing was written in between (versions included);
 * sections are compared by status only, as a test may submit and reopen one.
 */
final class Snapshot {

    static final String YEAR = "2023";
    private static final List<String> DERIVED = List.of("/report", "/checks", ".xlsx", ".csv", "/suppression");

    private Snapshot() {
    }

    static Map<String, String> of(Service service) {
        String token = Tokens.forUser("staff");
        Map<String, String> state = new TreeMap<>();
        JsonNode paths = Api.json(Calls.get(service.direct, "/v3/api-docs", token)).get("paths");
        for (Map.Entry<String, JsonNode> entry : paths.properties()) {
            JsonNode get = entry.getValue().get("get");
            if (get == null || !onlyTheYear(entry.getKey(), get) || DERIVED.stream().anyMatch(entry.getKey()::contains)) {
                continue;
            }
            String path = entry.getKey().replace("{year}", YEAR);
            state.put(path, read(service, path, token));
        }
        for (JsonNode table : Api.json(Calls.get(service.direct, "/api/" + service.api + "/" + YEAR + "/tables", token))) {
            String path = "/api/" + service.api + "/" + YEAR + "/tables/" + table.get("key").asString();
            state.put(path, read(service, path, token));
        }
        return state;
    }

    private static boolean onlyTheYear(String path, JsonNode get) {
        if (!path.contains("{year}") || path.replace("{year}", "").contains("{")) {
            return false;
        }
        JsonNode parameters = get.get("parameters");
        if (parameters != null) {
            for (JsonNode parameter : parameters) {
                if (!parameter.get("in").asString().equals("path") && parameter.path("required").asBoolean(false)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String read(Service service, String path, String token) {
        HttpResponse<String> response = Calls.get(service.direct, path, token);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        if (!path.endsWith("/sections")) {
            return response.body();
        }
        JsonNode sections = Api.json(response);
        for (JsonNode section : sections) {
            ((ObjectNode) section).remove(List.of("changedBy", "changedAt"));
        }
        return sections.toString();
    }
}
