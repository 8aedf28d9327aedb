package no.arsberetning.gateway.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The statement is generated from the committed results of the automated checks (gateway resources
 * {@code accessibility/axe-results.json}, copied from an AccessibilityIT run): it names the tool and its
 * version, every tested page, and every failing rule with its count.
 */
class AccessibilityStatementTest {

    private final AccessibilityStatement statement = new AccessibilityStatement();
    private final AxeResults committed = AxeResults.load(AxeResults.RESOURCE);

    @Test
    void theCommittedResultsComeFromARunOfTheUiAndTheReport() {
        assertThat(committed.tool()).as("the committed file is there").isNotNull();
        assertThat(committed.tool().name()).isEqualTo("axe-core");
        assertThat(committed.tool().version()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(Runtime.Version.parse(committed.tool().version())).as("axe-core with the WCAG 2.2 rules (4.11 or later)")
                .isGreaterThanOrEqualTo(Runtime.Version.parse("4.11"));
        assertThat(committed.ruleTags()).contains("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
        assertThat(committed.pages()).extracting(AxeResults.Page::path).contains("/reports/2023", "/#/oversikt/2023");
        assertThat(committed.pages()).allSatisfy(p -> assertThat(p.passes()).as(p.name()).isPositive());
    }

    @Test
    void theStatementListsEveryTestedPageTheToolVersionAndWhatFails() {
        String html = statement.html();
        assertThat(html).contains("<html lang=\"nb\"", "<h1>Tilgjengelighetserklæring</h1>",
                "axe-core " + committed.tool().version(), String.join(", ", committed.ruleTags()), "WCAG 2.0, 2.1 og 2.2");
        for (AxeResults.Page page : committed.pages()) {
            assertThat(html).as(page.name()).contains(page.path(), page.title());
        }
        for (AccessibilityStatement.RuleSummary rule : statement.byRule()) {
            assertThat(html).contains(">" + rule.rule() + "</a>", "<td class=\"num\">" + rule.nodes() + "</td>");
        }
    }

    @Test
    void violationsAreSummedByRuleAcrossPages() {
        AxeResults results = new AxeResults(new AxeResults.Tool("axe-core", "4.6.3"), List.of("wcag2a"), "Chromium",
                "2026-11-27T08:00:00Z", "test", List.of(
                        new AxeResults.Page("a", "Side A", "/a", "staff", null, 10, 0, 1,
                                List.of(new AxeResults.Violation("region", "moderate", "Hjelp", "https://x", List.of("best-practice"), 2))),
                        new AxeResults.Page("b", "Side B", "/b", "staff", null, 10, 0, 1,
                                List.of(new AxeResults.Violation("region", "moderate", "Hjelp", "https://x", List.of("best-practice"), 3),
                                        new AxeResults.Violation("color-contrast", "serious", "Kontrast", "https://y", List.of("wcag2aa", "wcag143"), 1)))));
        AccessibilityStatement statement = new AccessibilityStatement(results);

        assertThat(statement.byRule()).extracting(AccessibilityStatement.RuleSummary::rule, AccessibilityStatement.RuleSummary::nodes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("region", 5), org.assertj.core.groups.Tuple.tuple("color-contrast", 1));
        assertThat(statement.byRule().get(0).pages()).containsExactly("a", "b");
        assertThat(statement.html()).contains("27. november 2026 kl. 09:00", "wcag2aa, wcag143");
    }
}
