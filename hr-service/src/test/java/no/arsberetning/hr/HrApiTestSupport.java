package no.arsberetning.hr;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.testing.ServiceApiTests;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

/**
 * The hr-service with the real demo file loaded through the real import path into an in-memory
 * MongoDB-compatible server. Every test class extending this shares one application context (and one
 * database), so a test that changes data puts it back.
 */
@SpringBootTest(properties = {"arsberetning.demo.load=true",
        "arsberetning.demo.files=demo/2023/chapter-2.json", "spring.mongodb.database=hr-tests"})
abstract class HrApiTestSupport extends ServiceApiTests {

    static final String API = "/api/hr/2023";

    @BeforeEach
    void reopenSections() {
        mongo.dropCollection("section_states");
    }

    /**
     * The year's findings. Numbers in them are formatted by the shared formatter, which groups thousands
     * with a no-break space; the printed texts they are compared with use a plain space. The findings are
     * returned with no-break spaces read as spaces, so tests compare what a reader sees.
     */
    List<JsonNode> findings() throws Exception {
        String body = mvc.perform(get(API + "/checks").with(as("staff"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).replace('\u00a0', ' ');
        List<JsonNode> findings = new ArrayList<>();
        json.readTree(body).forEach(findings::add);
        return findings;
    }

    /** The keys of a stored table's row and column, found by their printed labels. */
    String[] cellKeys(String table, String rowLabel, String columnLabel) throws Exception {
        JsonNode stored = getJson(API + "/tables/" + table);
        String row = null;
        String column = null;
        for (JsonNode r : stored.get("rows")) {
            if (row == null && r.get("label").asString().equals(rowLabel)) {
                row = r.get("key").asString();
            }
        }
        for (JsonNode c : stored.get("columns")) {
            if (column == null && c.get("label").asString().equals(columnLabel)) {
                column = c.get("key").asString();
            }
        }
        if (row == null || column == null) {
            throw new AssertionError("No cell «" + rowLabel + "» / «" + columnLabel + "» in table " + table);
        }
        return new String[] {row, column};
    }

    /** Sets a cell as a controller, with the current ETag; returns the response status. */
    int setCell(String table, String rowLabel, String columnLabel, String text) throws Exception {
        String[] keys = cellKeys(table, rowLabel, columnLabel);
        return mvc.perform(patch(API + "/tables/" + table + "/cells").with(as("controller"))
                        .header("If-Match", etag(API + "/tables/" + table))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("row", keys[0], "column", keys[1], "text", text))))
                .andReturn().getResponse().getStatus();
    }

    /** A table block of a report document by its printed number. */
    static JsonNode reportTable(JsonNode report, String number) {
        for (JsonNode section : report.at("/chapters/0/sections")) {
            for (JsonNode block : section.get("blocks")) {
                if ("table".equals(block.get("type").asString()) && number.equals(block.at("/table/number").asString(null))) {
                    return block.get("table");
                }
            }
        }
        throw new AssertionError("No table " + number + " in the report");
    }

    /** The cell of a report table at the row with the label and the column with the label. */
    static JsonNode reportCell(JsonNode table, String rowLabel, String columnLabel) {
        int column = -1;
        for (int c = 0; c < table.get("columns").size(); c++) {
            if (table.get("columns").get(c).get("label").asString().equals(columnLabel)) {
                column = c;
            }
        }
        for (JsonNode row : table.get("rows")) {
            if (row.get("label").asString().equals(rowLabel) && column >= 0) {
                return row.get("cells").get(column);
            }
        }
        throw new AssertionError("No cell «" + rowLabel + "» / «" + columnLabel + "» in table " + table.get("number"));
    }

    /** The findings of a rule that name the given table, alone or with other rules that found the same defect ({@code rules}). */
    List<JsonNode> findings(String rule, String table) throws Exception {
        return findings().stream().filter(f -> f.get("rule").asString().equals(rule)
                        || f.has("rules") && f.get("rules").valueStream().anyMatch(r -> r.asString().equals(rule)))
                .filter(f -> table == null || f.get("tables").toString().contains("\"" + table + "\"")).toList();
    }
}
