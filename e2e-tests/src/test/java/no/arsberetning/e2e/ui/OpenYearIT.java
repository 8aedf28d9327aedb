package no.arsberetning.e2e.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import no.arsberetning.e2e.Releases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * A controller opens the next reporting year from the UI: Kontroll lists the years, "Åpne nytt år" asks for a
 * confirmation that says what carries over, and the new year then opens in the year selector. (Whichever year is
 * newest when the test runs — 2023, or 2024 when the years test ran first — the next one is opened from it.)
 */
class OpenYearIT {

    @Test
    void aControllerOpensTheNextYearAfterAConfirmationThatSaysWhatCarriesOver() {
        Releases.ensurePublished(Suite.YEAR, "Demodata publiseres som trykt; feilene er kjent og vist i vedlegget.");
        int newest = newestYear();
        int next = newest + 1;
        try (UiBrowser browser = UiBrowser.loggedIn("controller")) {
            browser.open("#/kontroll/" + Suite.YEAR);
            WebElement open = browser.await(d -> d.findElements(By.cssSelector(".open-year > button")).stream()
                    .filter(b -> b.getText().equals("Åpne nytt år: " + next)).findFirst().orElse(null));
            assertThat(browser.text("section[aria-labelledby='ar'] caption")).isEqualTo("Årene og hvor langt de er kommet");
            open.click();
            WebElement dialog = browser.await(d -> d.findElements(By.cssSelector("dialog[open]")).stream().findFirst().orElse(null));
            assertThat(dialog.findElement(By.tagName("h3")).getText()).isEqualTo("Åpne " + next + " fra " + newest + "?");
            assertThat(dialog.getText()).contains("«Regnskap " + newest + "» blir «Regnskap " + next + "»",
                    "siste utgave av " + newest, "ikke vurdert", "Tekstene: de står tomme", "starter som utkast");
            AccessibilityIT.check(browser, "apne-nytt-ar");
            browser.screenshot("apne-nytt-ar");
            dialog.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("Ja, åpne " + next))
                    .findFirst().orElseThrow().click();
            WebElement done = browser.await(d -> d.findElements(By.cssSelector("section[aria-labelledby='ar'] .notice--ok, "
                    + "dialog .notice--error")).stream().findFirst().orElse(null), Duration.ofMinutes(6));
            assertThat(done.getText()).as("the opening's answer").contains(next + " er åpnet fra " + newest).contains("tabeller");
            assertThat(browser.all("dialog[open]")).isEmpty();
            browser.follow(done.findElement(By.cssSelector("a[data-year-link]")));
            assertThat(browser.text("h1")).isEqualTo("Oversikt " + next);
            assertThat(browser.all("select#year option")).extracting(o -> o.getAttribute("value")).contains(String.valueOf(next));
        }
        JsonNode year = yearOf(next);
        assertThat(year.get("state").asString()).isEqualTo("open");
        assertThat(year.get("openedFrom").asInt()).isEqualTo(newest);
    }

    private static int newestYear() {
        int newest = 0;
        for (JsonNode year : Suite.get("/api/years", "controller").get("years")) {
            newest = Math.max(newest, year.get("year").asInt());
        }
        return newest;
    }

    private static JsonNode yearOf(int wanted) {
        for (JsonNode year : Suite.get("/api/years", "staff").get("years")) {
            if (year.get("year").asInt() == wanted) {
                return year;
            }
        }
        throw new AssertionError("no year " + wanted);
    }
}
