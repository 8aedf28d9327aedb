package no.arsberetning.e2e.ui;

import static org.assertj.core.api.Assertions.assertThat;

import no.arsberetning.e2e.KeyFigureStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * «Sammenlign» in the real browser: a controller imports Statistics Norway's file with a progress bar and sees
 * the result; everyone who reads picks a measure, a municipality, a year and peers, and gets the ranked bar chart
 * with its table and the series over the years, in Norwegian number format. Staff are offered no import.
 */
class CompareIT {

    private static final String YEAR = String.valueOf(Suite.YEAR);

    @Test
    void aControllerImportsAFileAndComparesTrondheimWithTheAsssCities() {
        try (UiBrowser browser = UiBrowser.loggedIn("controller")) {
            browser.open("#/sammenlign/" + YEAR);
            assertThat(browser.text("h1")).isEqualTo("Sammenlign");
            browser.find("input[type='file'][name='file']").sendKeys(KeyFigureStore.SSB_FILE.toAbsolutePath().normalize().toString());
            browser.find(".upload-form button[type='submit']").click();
            browser.await(d -> d.findElements(By.cssSelector(".upload-result .notice--ok")).size() == 1);
            assertThat(browser.text(".upload-result")).contains("er importert", "verdier lest");
            assertThat(browser.find(".progress progress").getAttribute("value")).isEqualTo("100");

            browser.find(".upload-result button").click();
            browser.awaitPage();
            new Select(browser.find("select[name='measure']")).selectByValue("KOSkulturinnb0000");
            new Select(browser.find("select[name='region']")).selectByValue("5001");
            new Select(browser.find("select[name='year']")).selectByValue("2023");
            new Select(browser.find("select[name='peers']")).selectByValue("asss");
            browser.find(".compare-form button[type='submit']").click();
            browser.await(d -> d.getCurrentUrl().endsWith("/KOSkulturinnb0000/2023/5001/asss"));
            browser.awaitPage();

            assertThat(browser.text(".summary")).isEqualTo("Trondheim - Tråante er nummer 4 av 5 (nummer 1 har høyest verdi).");
            WebElement chart = browser.find("#rangering ~ figure.chart svg[role='img']");
            assertThat(chart.findElements(By.tagName("title")).get(0).getAttribute("textContent")).contains("2023");
            assertThat(browser.script("""
                    const f = document.querySelector('section[aria-labelledby="rangering"] figure.chart');
                    return f.nextElementSibling.querySelector('table') !== null;""")).as("the chart is followed by its table").isEqualTo(true);
            // Grouped thousands (a non-breaking space, which WebDriver gives as a space) and SSB's signs explained
            String ranking = browser.text("section[aria-labelledby='rangering'] table").replace('\u00a0', ' ');
            assertThat(ranking).contains("1 Oslo 0301 3 716", "4 Trondheim - Tråante 5001 3 084", "Sandnes 1108 .. (tallgrunnlag mangler)");
            String series = browser.text("section[aria-labelledby='utvikling'] table").replace('\u00a0', ' ');
            assertThat(series).contains("2022 2 911", "2023 3 084 4 av 5");
            AccessibilityIT.check(browser, "sammenlign-resultat");
        }
    }

    @Test
    void staffCompareButAreOfferedNoImport() {
        KeyFigureStore.cultureFiguresStored();
        try (UiBrowser browser = UiBrowser.loggedIn("staff")) {
            browser.open("#/sammenlign/" + YEAR + "/KOSandelkultur0000/2022/5001/all");
            assertThat(browser.all("input[type='file']")).isEmpty();
            assertThat(browser.text(".summary")).startsWith("Trondheim - Tråante er nummer");
            assertThat(browser.text("section[aria-labelledby='rangering'] table"))
                    .contains("3,8", "Stavanger", ": (vises ikke av konfidensialitetshensyn)");
        }
    }
}
