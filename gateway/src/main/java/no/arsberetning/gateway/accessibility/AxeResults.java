package no.arsberetning.gateway.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.json.JsonMapper;

/**
 * The automated accessibility checks as the end-to-end suite's {@code ui/AccessibilityIT} wrote them
 * ({@code e2e-tests/target/accessibility/axe-results.json}), committed as {@code accessibility/axe-results.json}:
 * the tool and its version, the rule tags run, the browser, and per page the violations by rule.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AxeResults(Tool tool, List<String> ruleTags, String browser, String generatedAt, String source,
        List<Page> pages) {

    static final String RESOURCE = "accessibility/axe-results.json";

    static AxeResults load(String resource) {
        try (InputStream in = AxeResults.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return new AxeResults(null, List.of(), null, null, null, List.of());
            }
            return JsonMapper.builder().build().readValue(in, AxeResults.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tool(String name, String version) {
    }

    /** One tested page: a name, its heading, the path, the role it was tested as, and axe's counts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(String name, String title, String path, String role, String testedAt, int passes, int incomplete,
            int inapplicable, List<Violation> violations) {
    }

    /** A rule that failed on the page: impact, axe's help text and link, WCAG tags, and how many elements. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Violation(String rule, String impact, String help, String helpUrl, List<String> tags, int nodes) {
    }
}
