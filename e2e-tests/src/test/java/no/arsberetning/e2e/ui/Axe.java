package no.arsberetning.e2e.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * axe-core, injected into the page from the test resources ({@code axe-core/}, the npm package's axe.min.js with
 * its source and licence noted; no network), run against the WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best
 * practices (landmarks, heading order).
 */
final class Axe {

    /** The pinned version (axe-core/README.md); the tests check that the injected script says the same. */
    static final String VERSION = "4.14.1";
    private static final String RESOURCE = "axe-core/axe.min.js";
    /** How long axe may take on the whole report document (its WCAG 2.2 target-size rule weighs every link). */
    static final Duration LONG_RUN = Duration.ofMinutes(10);
    /** The rule tags run, as the accessibility statement lists them: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** Rules that must not fail at any impact: the page structure the UI promises (brief: landmarks, headings in order). */
    static final Set<String> STRUCTURE = Set.of("heading-order", "landmark-one-main", "page-has-heading-one", "region",
            "landmark-no-duplicate-banner", "landmark-unique", "label", "button-name", "link-name", "color-contrast",
            "document-title", "html-has-lang", "duplicate-id-aria", "aria-valid-attr-value");
    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test classpath: " + RESOURCE);
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** Runs axe on the browser's current page; the result as axe reports it ({@code violations}, …). */
    static JsonNode run(UiBrowser browser) {
        browser.script(source());
        Object result = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {
                  runOnly: { type: 'tag', values: arguments[0] },
                  iframes: false,
                  resultTypes: ['violations']
                }).then(r => done(JSON.stringify({ url: r.url, timestamp: r.timestamp, testEngine: r.testEngine,
                    userAgent: navigator.userAgent, violations: r.violations, passes: r.passes.length,
                    incomplete: r.incomplete.length, inapplicable: r.inapplicable.length })))
                  .catch(e => done(JSON.stringify({ error: String(e) })));
                """, TAGS);
        JsonNode json = Suite.JSON.readTree((String) result);
        if (json.has("error")) {
            throw new IllegalStateException("axe failed: " + json.get("error").asString());
        }
        if (!VERSION.equals(json.at("/testEngine/version").asString())) {
            throw new IllegalStateException("axe-core " + json.at("/testEngine/version").asString() + " ran, not the pinned " + VERSION);
        }
        return json;
    }

    /** Violations that fail the test: serious or critical ones, and any of the structure rules. */
    static List<String> blocking(JsonNode result) {
        List<String> found = new ArrayList<>();
        for (JsonNode violation : result.get("violations")) {
            String impact = violation.path("impact").asString("");
            String rule = violation.get("id").asString();
            if (BLOCKING.contains(impact) || STRUCTURE.contains(rule)) {
                List<String> targets = new ArrayList<>();
                violation.get("nodes").forEach(n -> targets.add(n.get("target").toString() + " " + n.path("failureSummary").asString("")));
                found.add(rule + " (" + impact + "): " + violation.get("help").asString() + " " + targets);
            }
        }
        return found;
    }

    /** Every violation, for the report: rule and impact. */
    static List<String> summary(JsonNode result) {
        List<String> all = new ArrayList<>();
        result.get("violations").forEach(v -> all.add(v.get("id").asString() + "/" + v.path("impact").asString("") + " ×" + v.get("nodes").size()));
        return all;
    }

    /** Keeps axe's full answer next to the screenshots. */
    static void save(String name, JsonNode result) {
        try {
            Files.createDirectories(UiBrowser.SCREENSHOTS);
            Files.writeString(UiBrowser.SCREENSHOTS.resolve(name + ".axe.json"), result.toPrettyString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
