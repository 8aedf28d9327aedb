package no.arsberetning.e2e.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.e2e.KeyFigureStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * axe-core on the UI's main pages, each as the role that works there, in the real headless Chromium: no
 * serious or critical violation, and none of the structure rules (landmarks, headings in order, labels,
 * contrast) broken at any impact. Each page is also kept as a screenshot in target/screenshots, and all
 * results together in {@value #RESULTS} — what the gateway's accessibility statement ({@code /tilgjengelighet})
 * is generated from once copied to {@code gateway/src/main/resources/accessibility/} (see e2e-tests/README.md).
 */
class AccessibilityIT {

    private static final String YEAR = String.valueOf(Suite.YEAR);
    static final String RESULTS = "target/accessibility/axe-results.json";
    private static final Map<String, Map<String, Object>> PAGES = new LinkedHashMap<>();
    private static String engine;
    private static String browserName;

    @Test
    void oversiktAsStaff() {
        try (UiBrowser browser = UiBrowser.loggedIn("staff")) {
            browser.open("#/oversikt/" + YEAR);
            assertThat(browser.text("h1")).isEqualTo("Oversikt " + YEAR);
            assertThat(browser.all("figure.chart svg[role='img']")).as("charts are images with a name").isNotEmpty();
            assertThat(browser.script("""
                    return [...document.querySelectorAll('figure.chart')].every(f => {
                      const next = f.nextElementSibling;
                      return next && next.querySelector('table') !== null;
                    });""")).as("every chart is followed by a table with its numbers").isEqualTo(true);
            check(browser, "oversikt", "staff");
        }
    }

    @Test
    void mineOmraderAndTheAreaAsReporter() {
        try (UiBrowser browser = UiBrowser.loggedIn("reporter.skole")) {
            browser.open("#/mine-omrader/" + YEAR);
            assertThat(browser.text("h1")).isEqualTo("Mine områder " + YEAR);
            check(browser, "mine-omrader", "reporter.skole");
            browser.open("#/omrade/" + YEAR + "/skole");
            assertThat(browser.text("h1")).isEqualTo("Skole " + YEAR);
            check(browser, "omrade-skole", "reporter.skole");
        }
    }

    @Test
    void kontrollAsController() {
        try (UiBrowser browser = UiBrowser.loggedIn("controller")) {
            browser.open("#/kontroll/" + YEAR);
            assertThat(browser.text("h1")).isEqualTo("Kontroll " + YEAR);
            check(browser, "kontroll", "controller");
        }
    }

    @Test
    void sammenlignAsController() {
        KeyFigureStore.cultureFiguresStored();
        try (UiBrowser browser = UiBrowser.loggedIn("controller")) {
            browser.open("#/sammenlign/" + YEAR + "/KOSkulturinnb0000/2023/5001/asss");
            assertThat(browser.text("h1")).isEqualTo("Sammenlign");
            assertThat(browser.all("figure.chart svg[role='img']")).as("the ranking and the series as charts").hasSize(2);
            assertThat(browser.all("input[type='file']")).as("the import form").hasSize(1);
            check(browser, "sammenlign", "controller");
        }
    }

    @Test
    void rapportAsStaff() {
        try (UiBrowser browser = UiBrowser.loggedIn("staff")) {
            browser.open("#/rapport/" + YEAR);
            assertThat(browser.text("h1")).isEqualTo("Årsberetning " + YEAR);
            assertThat(browser.find("iframe.report-frame").getAttribute("title")).contains("Årsberetning " + YEAR);
            assertThat(browser.find("a[href='/reports/" + YEAR + ".pdf']").getText()).contains("PDF");
            // The embedded report is the gateway's HTML document, in Norwegian
            browser.await(d -> Boolean.TRUE.equals(browser.script("""
                    const f = document.querySelector('iframe.report-frame');
                    return !!(f && f.contentDocument && f.contentDocument.querySelector('h1'));""")));
            assertThat(browser.script("return document.querySelector('iframe.report-frame').contentDocument.documentElement.lang"))
                    .isEqualTo("nb");
            check(browser, "rapport", "staff");
        }
    }

    /** The report document itself (the UI embeds it in a frame, which the check of «rapport» does not enter). */
    @Test
    void theReportDocumentAsStaff() {
        try (UiBrowser browser = UiBrowser.loggedIn("staff", Axe.LONG_RUN.plusMinutes(1))) {
            browser.driver.get(Suite.gateway().resolve("/reports/" + YEAR).toString());
            browser.await(d -> Boolean.TRUE.equals(browser.script("return !!document.querySelector('main h2');")));
            assertThat(browser.text("h1")).isEqualTo("Årsberetning " + YEAR);
            browser.driver.manage().timeouts().scriptTimeout(Axe.LONG_RUN);
            check(browser, "arsberetning-dokument", "staff");
        }
    }

    /** The accessibility statement, open to everyone. */
    @Test
    void theAccessibilityStatement() {
        try (UiBrowser browser = UiBrowser.loggedIn("staff")) {
            browser.driver.get(Suite.gateway().resolve("/tilgjengelighet").toString());
            assertThat(browser.text("h1")).isEqualTo("Tilgjengelighetserklæring");
            check(browser, "tilgjengelighetserklaering", "staff");
        }
    }

    /** Checks the page without adding it to the statement's results (other suites' pages). */
    static void check(UiBrowser browser, String page) {
        check(browser, page, null);
    }

    static void check(UiBrowser browser, String page, String role) {
        browser.screenshot(page);
        JsonNode result = Axe.run(browser);
        Axe.save(page, result);
        if (role != null) {
            record(page, role, browser.text("h1"), result);
        }
        System.out.println("axe " + page + ": " + (result.get("violations").isEmpty() ? "no violations" : Axe.summary(result)));
        assertThat(Axe.blocking(result)).as("axe on " + page).isEmpty();
    }

    private static synchronized void record(String page, String role, String title, JsonNode result) {
        engine = result.at("/testEngine/version").asString("");
        browserName = result.path("userAgent").asString("");
        URI url = URI.create(result.get("url").asString());
        String path = url.getRawPath() + (url.getRawFragment() == null ? "" : "#" + url.getRawFragment());
        List<Map<String, Object>> violations = new ArrayList<>();
        for (JsonNode v : result.get("violations")) {
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("rule", v.get("id").asString());
            violation.put("impact", v.path("impact").asString(""));
            violation.put("help", v.path("help").asString(""));
            violation.put("helpUrl", v.path("helpUrl").asString(""));
            List<String> tags = new ArrayList<>();
            v.path("tags").forEach(t -> tags.add(t.asString()));
            violation.put("tags", tags);
            violation.put("nodes", v.get("nodes").size());
            violations.add(violation);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", page);
        entry.put("title", title);
        entry.put("path", path);
        entry.put("role", role);
        entry.put("testedAt", result.path("timestamp").asString(""));
        entry.put("passes", result.path("passes").asInt());
        entry.put("incomplete", result.path("incomplete").asInt());
        entry.put("inapplicable", result.path("inapplicable").asInt());
        entry.put("violations", violations);
        PAGES.put(page, entry);
    }

    /** Writes every checked page's result, for the accessibility statement. */
    @AfterAll
    static synchronized void writeResults() {
        if (PAGES.isEmpty()) {
            return;
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("tool", Map.of("name", "axe-core", "version", engine));
        all.put("ruleTags", Axe.TAGS);
        all.put("browser", browserName);
        all.put("generatedAt", Instant.now().toString());
        all.put("source", "e2e-tests ui/AccessibilityIT (Selenium, headless Chromium)");
        all.put("pages", PAGES.values().stream().sorted(Comparator.comparing(p -> (String) p.get("name"))).toList());
        try {
            Path file = Path.of(RESULTS);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Suite.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
