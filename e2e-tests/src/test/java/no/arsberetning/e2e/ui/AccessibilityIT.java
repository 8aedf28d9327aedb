package no.arsberetning.e2e.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * axe-core on the UI's main pages, each as the role that works there, in the real headless Chromium: no
 * serious or critical violation, and none of the structure rules (landmarks, headings in order, labels,
 * contrast) broken at any impact. Each page is also kept as a screenshot in target/screenshots.
 */
class AccessibilityIT {

    private static final String YEAR = String.valueOf(Suite.YEAR);

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
            check(browser, "oversikt");
        }
    }

    @Test
    void mineOmraderAndTheAreaAsReporter() {
        try (UiBrowser browser = UiBrowser.loggedIn("reporter.skole")) {
            browser.open("#/mine-omrader/" + YEAR);
            assertThat(browser.text("h1")).isEqualTo("Mine områder " + YEAR);
            check(browser, "mine-omrader");
            browser.open("#/omrade/" + YEAR + "/skole");
            assertThat(browser.text("h1")).isEqualTo("Skole " + YEAR);
            check(browser, "omrade-skole");
        }
    }

    @Test
    void kontrollAsController() {
        try (UiBrowser browser = UiBrowser.loggedIn("controller")) {
            browser.open("#/kontroll/" + YEAR);
            assertThat(browser.text("h1")).isEqualTo("Kontroll " + YEAR);
            check(browser, "kontroll");
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
            check(browser, "rapport");
        }
    }

    static void check(UiBrowser browser, String page) {
        browser.screenshot(page);
        JsonNode result = Axe.run(browser);
        Axe.save(page, result);
        System.out.println("axe " + page + ": " + (result.get("violations").isEmpty() ? "no violations" : Axe.summary(result)));
        assertThat(Axe.blocking(result)).as("axe on " + page).isEmpty();
    }
}
