package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Runs a change to a stored table while its section is open (draft), and puts the section back as it was. */
final class Sections {

    private static final String YEAR = "2023";

    private Sections() {
    }

    static void whileOpen(String serviceApi, String tableKey, Runnable change) {
        String prefix = "/api/" + serviceApi + "/" + YEAR;
        String section = null;
        for (JsonNode table : Calls.body(Calls.get(Platform.GATEWAY, prefix + "/tables", Tokens.forUser("staff")))) {
            if (table.get("key").asString().equals(tableKey)) {
                section = table.get("section").asString();
            }
        }
        assertThat(section).as("table %s has a section", tableKey).isNotNull();
        String status = status(prefix, section);
        List<String> back = switch (status) {
            case "submitted" -> List.of("submit");
            case "approved" -> List.of("submit", "approve");
            default -> List.of();
        };
        if (!back.isEmpty()) {
            step(prefix, section, "reopen");
        }
        try {
            change.run();
        } finally {
            for (String action : back) {
                step(prefix, section, action);
            }
        }
        assertThat(status(prefix, section)).isEqualTo(status);
    }

    private static String status(String prefix, String section) {
        for (JsonNode s : Calls.body(Calls.get(Platform.GATEWAY, prefix + "/sections", Tokens.forUser("staff")))) {
            if (s.get("key").asString().equals(section)) {
                return s.get("status").asString().toLowerCase(java.util.Locale.ROOT);
            }
        }
        throw new IllegalStateException("no section " + section);
    }

    private static void step(String prefix, String section, String action) {
        HttpResponse<String> response = Calls.json("POST", Platform.GATEWAY, prefix + "/sections/" + section + "/" + action,
                Tokens.forUser("controller"), null, null);
        assertThat(response.statusCode()).as(action + " " + section + ": " + response.body()).isEqualTo(200);
    }
}
