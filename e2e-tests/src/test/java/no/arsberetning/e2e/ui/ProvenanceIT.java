package no.arsberetning.e2e.ui;

import static no.arsberetning.e2e.ui.Suite.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, provenance: a controller enters one figure by hand (table 1.10) and imports a small file for another
 * table (1.9) through the gateway; the HTML report then names, for each, who and — for the file — its name and
 * SHA-256, and a keyboard alone reaches the source from the figure (Tab to the link, Enter, the entry is the
 * target). Both values and the sections' statuses are put back afterwards.
 */
class ProvenanceIT {

    private static final String EDITED = "1.10";
    private static final String IMPORTED = "1.9";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aFigureEnteredByHandAndOneImportedFromAFileShowTheirOriginAndAreReachableByKeyboard() throws Exception {
        JsonNode editedTable = table(EDITED);
        JsonNode importedTable = table(IMPORTED);
        Map<String, String> statuses = Map.of(editedTable.get("section").asString(),
                Suite.sectionStatus("finance", editedTable.get("section").asString()),
                importedTable.get("section").asString(), Suite.sectionStatus("finance", importedTable.get("section").asString()));
        statuses.keySet().forEach(section -> Suite.ensureOpen("finance", section));

        JsonNode editedRow = editedTable.get("rows").get(0);
        String rowKey = editedRow.get("key").asString();
        String columnKey = editedTable.get("columns").get(0).get("key").asString();
        String originalText = editedRow.get("cells").get(0).get("text").asString();
        byte[] originalCsv = bytes("/api/finance/" + YEAR + "/tables/" + IMPORTED + ".csv");
        String fileName = "proveniens-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        byte[] changedCsv = withFirstValueChanged(originalCsv, importedTable.get("rows").get(0).get("label").asString(), "4242,4");
        try {
            JsonNode afterEdit = setCell(rowKey, columnKey, "4 321");
            String editor = afterEdit.get("editedCells").get(rowKey + "/" + columnKey).get("by").asString();
            assertThat(editor).isEqualTo("controller");

            HttpResponse<String> imported = upload(fileName, changedCsv);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            String sha256 = sha256(changedCsv);
            assertThat(Suite.JSON.readTree(imported.body()).get("sha256").asString()).isEqualTo(sha256);

            try (UiBrowser browser = UiBrowser.loggedIn("controller")) {
                browser.driver.get(Suite.gateway().resolve("/reports/" + YEAR).toString());
                browser.find("#kilder-og-opphav");
                AccessibilityIT.check(browser, "rapport-med-opphav");

                // The figure entered by hand is itself a link to its own source.
                WebElement handLink = browser.find("#tabell-1-10 tbody tr:first-child td:nth-of-type(1) a.provenance-link");
                assertThat(handLink.getText().replace('\u00a0', ' ')).isEqualTo("4 321");
                assertThat(handLink.getAttribute("aria-label")).startsWith("Opphav for 4 321").contains("Registrert for hånd");
                WebElement handEntry = reachByKeyboard(browser, "#tabell-1-10", handLink);
                assertThat(handEntry.getText()).contains("Registrert for hånd", "controller", "Ikke publisert ennå")
                        .doesNotContain(fileName);

                // The imported table names the file under it; the note is reached the same way.
                WebElement note = (WebElement) browser.script(
                        "return document.getElementById('tabell-1-9').closest('.table-scroll').nextElementSibling");
                assertThat(note.getAttribute("class")).isEqualTo("provenance-note");
                assertThat(note.getText()).contains("Importert fra filen " + fileName + " av controller");
                WebElement fileEntry = reachByKeyboard(browser, "#tabell-1-9", note.findElement(org.openqa.selenium.By.tagName("a")));
                assertThat(fileEntry.getText()).contains("Filimport", fileName, sha256, "controller");
                assertThat(browser.find("#tabell-1-9 tbody tr:first-child td:nth-of-type(1)").getText().replace('\u00a0', ' '))
                        .isEqualTo("4242,4");
            }
            measureJson();
        } finally {
            setCell(rowKey, columnKey, originalText);
            HttpResponse<String> restored = upload("gjenoppretting-" + IMPORTED + ".csv", originalCsv);
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
            statuses.forEach(ProvenanceIT::restoreStatus);
        }
        assertThat(table(EDITED).get("rows").get(0).get("cells").get(0).get("text").asString()).isEqualTo(originalText);
        assertThat(table(IMPORTED).get("rows").get(0).get("cells").get(0).get("text").asString())
                .isEqualTo(importedTable.get("rows").get(0).get("cells").get(0).get("text").asString());
    }

    @Test
    void theOverviewShowsWhereAKeyFigureCameFromOnKeyboardRequest() throws InterruptedException {
        // A part whose service is slow to answer is empty (circuit breaker); ask again until both parts are there.
        JsonNode dashboard = Suite.get("/api/dashboards/" + YEAR, "staff");
        for (long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                (dashboard.get("keyFigures").isEmpty() || dashboard.get("deviationPerArea").isEmpty()) && System.nanoTime() < until; ) {
            Thread.sleep(2000);
            dashboard = Suite.get("/api/dashboards/" + YEAR, "staff");
        }
        assertThat(dashboard.at("/keyFigures/0/figures/0/provenance/kind").asString()).isNotBlank();
        assertThat(dashboard.at("/deviationPerArea/0/provenance/kind").asString())
                .as(dashboard.get("deviationPerArea").toString()).isNotBlank();
        try (UiBrowser browser = UiBrowser.loggedIn("staff")) {
            browser.open("#/oversikt/" + YEAR);
            WebElement summary = browser.find(".figure-card details.provenance summary");
            WebElement details = summary.findElement(org.openqa.selenium.By.xpath(".."));
            assertThat(summary.getText()).startsWith("Opphav");
            browser.script("arguments[0].focus()", summary);
            assertThat(browser.script("return document.activeElement === arguments[0]", summary)).isEqualTo(true);
            assertThat(details.getAttribute("open")).isNull();
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            browser.await(d -> details.getAttribute("open") != null);
            String expected = "demo".equals(dashboard.at("/keyFigures/0/figures/0/provenance/kind").asString())
                    ? "Demodata fra Trondheim kommune, Årsberetning 2023 (trykt rapport)"
                    : dashboard.at("/keyFigures/0/figures/0/provenance/by").asString();
            assertThat(details.getText()).contains(expected);
            AccessibilityIT.check(browser, "oversikt-med-opphav");
        }
    }

    /**
     * The composed report's JSON carries the provenance compactly: the edited table names the hand entry once in its
     * list and only the edited cell refers to it. Prints how much of the document the provenance lists take.
     */
    private static void measureJson() {
        HttpResponse<String> response = Suite.send("GET", "/api/reports/" + YEAR, "controller", null, Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = Suite.JSON.readTree(response.body());
        long tables = 0;
        long withProvenance = 0;
        long provenanceBytes = 0;
        JsonNode edited = null;
        for (JsonNode table : report.findValues("table")) {
            tables++;
            if (table.has("provenance")) {
                withProvenance++;
                provenanceBytes += table.get("provenance").toString().length();
            }
            if ("1.10".equals(table.path("number").asString(""))) {
                edited = table;
            }
        }
        assertThat(edited).isNotNull();
        assertThat(edited.get("provenance").valueStream().map(e -> e.get("kind").asString())).containsExactly("demo", "manual");
        assertThat(edited.at("/rows/0/cells/0/provenance").asString()).isEqualTo(edited.at("/provenance/1/id").asString());
        assertThat(edited.at("/rows/1/cells/0").has("provenance")).isFalse();
        System.out.printf("Provenance in /api/reports/%d: %d of %d tables carry it, %d of %d bytes (%.1f %%)%n", YEAR,
                withProvenance, tables, provenanceBytes, response.body().length(),
                100.0 * provenanceBytes / response.body().length());
    }

    /**
     * Focuses the table's scroll region, presses Tab until the link has the focus (it must come within a few
     * presses, and show a focus outline), then Enter: returns the entry the link leads to, which is now the target.
     */
    private static WebElement reachByKeyboard(UiBrowser browser, String tableSelector, WebElement link) {
        browser.script("document.querySelector(arguments[0]).closest('.table-scroll').focus()", tableSelector);
        boolean focused = false;
        for (int presses = 0; presses < 10 && !focused; presses++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            focused = Boolean.TRUE.equals(browser.script("return document.activeElement === arguments[0]", link));
        }
        assertThat(focused).as("Tab reaches " + link.getAttribute("aria-label")).isTrue();
        assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#'));
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.await(d -> target.equals(browser.script("return location.hash")));
        WebElement entry = browser.find(target);
        assertThat(browser.script("return document.querySelector(':target') === arguments[0]", entry)).isEqualTo(true);
        return entry;
    }

    private static JsonNode table(String key) {
        return Suite.get("/api/finance/" + YEAR + "/tables/" + key, "controller");
    }

    private static JsonNode setCell(String row, String column, String text) {
        HttpResponse<String> current = Suite.send("GET", "/api/finance/" + YEAR + "/tables/" + EDITED, "controller", null, Map.of());
        String etag = current.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> changed = Suite.send("PATCH", "/api/finance/" + YEAR + "/tables/" + EDITED + "/cells", "controller",
                Map.of("row", row, "column", column, "text", text), Map.of("If-Match", etag));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        return Suite.JSON.readTree(changed.body());
    }

    /** The exported CSV with the first value of the row changed (the row's label and cells are plain, unquoted). */
    private static byte[] withFirstValueChanged(byte[] csv, String rowLabel, String text) {
        String content = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(content.split("\r\n", -1)));
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(";", -1);
            if (fields[0].equals(rowLabel) && fields.length > 1) {
                assertThat(lines.get(i)).doesNotContain("\"");
                fields[1] = text;
                lines.set(i, String.join(";", fields));
                return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No row «" + rowLabel + "» in the export:\n" + content);
    }

    private static void restoreStatus(String section, String status) {
        String now = Suite.sectionStatus("finance", section);
        if (now.equals(status)) {
            return;
        }
        if ("submitted".equals(status) || "approved".equals(status)) {
            step(section, "submit");
        }
        if ("approved".equals(status)) {
            step(section, "approve");
        }
    }

    private static void step(String section, String action) {
        HttpResponse<String> response = Suite.send("POST", "/api/finance/" + YEAR + "/sections/" + section + "/" + action,
                "controller", Map.of(), Map.of());
        assertThat(response.statusCode()).as(action + " " + section + ": " + response.body()).isEqualTo(200);
    }

    private static byte[] bytes(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(Suite.gateway().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Suite.token("controller")).GET().build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> upload(String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "----arsberetning" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        URI uri = Suite.gateway().resolve("/api/finance/" + YEAR + "/imports?table=" + IMPORTED);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + Suite.token("controller"))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
