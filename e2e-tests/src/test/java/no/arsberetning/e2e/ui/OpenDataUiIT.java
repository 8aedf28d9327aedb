package no.arsberetning.e2e.ui;

import static no.arsberetning.e2e.ui.Suite.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.arsberetning.e2e.Releases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The release view's open data in the browser: a committee member opens "Åpne data", sees every table of
 * the release with its downloads, and a JSON-stat link downloads the file through the session; the page
 * with the list open passes axe.
 */
class OpenDataUiIT {

    @Test
    void theCommitteeListsAndDownloadsTheReleasesTables() throws Exception {
        Releases.ensurePublished(YEAR, "Demodata publiseres som trykt; feilene er kjent og vist i vedlegget.");
        try (UiBrowser browser = UiBrowser.loggedIn("committee")) {
            browser.find(".open-data summary").click();
            List<WebElement> rows = browser.await(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(".open-data tbody tr"));
                return found.isEmpty() ? null : found;
            });
            assertThat(rows.size()).isGreaterThan(50);
            assertThat(browser.text(".open-data caption")).startsWith("Tabellene i utgave");
            WebElement json = browser.find(".open-data a[href$='/tables/1.1.json']");
            assertThat(json.getText()).startsWith("JSON-stat");
            json.click();
            Path file = browser.awaitDownload(".json");
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"class\" : \"dataset\"", "\"table\" : \"1.1\"");
            AccessibilityIT.check(browser, "apne-data");
            browser.screenshot("apne-data");
        }
    }
}
