package no.arsberetning.e2e.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What each role is offered (and not), Norwegian formatting, and logging out through Keycloak. The server
 * refuses what is hidden anyway (the token-rule tests show that); here the UI must not offer it.
 */
class RolesIT {

    private static final String YEAR = String.valueOf(Suite.YEAR);

    @Test
    void staffReadsButIsOfferedNoWrites() {
        try (UiBrowser browser = UiBrowser.loggedIn("staff")) {
            assertThat(browser.all("#nav a")).extracting(WebElement::getText).containsExactly("Oversikt", "Sammenlign", "Rapport");
            browser.open("#/omrade/" + YEAR + "/skole");
            assertThat(browser.text("h1")).isEqualTo("Skole " + YEAR);
            assertThat(browser.all("textarea")).as("no editor").isEmpty();
            assertThat(browser.all("input[type='file']")).as("no upload").isEmpty();
            assertThat(browser.all(".review-actions")).as("no submit, approve or return").isEmpty();
            assertThat(browser.all(".template a.button")).as("the template may be downloaded").isNotEmpty();
            browser.open("#/kontroll/" + YEAR);
            assertThat(browser.text("#app")).contains("Ingen tilgang");
            assertThat(browser.all("#app button")).as("no action on the page").isEmpty();
        }
    }

    @Test
    void aReporterWritesOnlyTheAreasInTheToken() {
        try (UiBrowser browser = UiBrowser.loggedIn("reporter.skole")) {
            assertThat(browser.all("#nav a")).extracting(WebElement::getText).doesNotContain("Kontroll");
            browser.open("#/mine-omrader/" + YEAR);
            assertThat(browser.all(".area-list h2")).extracting(WebElement::getText).containsExactly("Skole");
            browser.open("#/omrade/" + YEAR + "/barnehage");
            assertThat(browser.text("h1")).isEqualTo("Barnehage " + YEAR);
            assertThat(browser.text("#app")).contains("Du kan lese dette tjenesteområdet, men ikke endre det.");
            assertThat(browser.all("textarea")).isEmpty();
            assertThat(browser.all("input[type='file']")).isEmpty();
            assertThat(browser.all(".review-actions")).isEmpty();
        }
    }

    @Test
    void theCommitteeIsOfferedPublishedReleasesOnly() {
        try (UiBrowser browser = UiBrowser.loggedIn("committee")) {
            assertThat(browser.all("#nav a")).extracting(WebElement::getText).containsExactly("Rapport");
            assertThat(browser.driver.getCurrentUrl()).contains("#/rapport/");
            assertThat(browser.all("select#year option, select[name='release'] option")).extracting(e -> e.getAttribute("value"))
                    .doesNotContain("arbeid");
            assertThat(browser.all("iframe[src^='/reports/'], a[href^='/reports/']")).as("no working version").isEmpty();
            // The committee starts at the newest published year: 2023, or a later year when another test published one.
            int newest = newestPublishedYear();
            if (newest > 0) {
                assertThat(browser.find(".release iframe").getAttribute("src")).contains("/api/published/" + newest + "/");
            } else {
                assertThat(browser.text("#app")).contains("Ingenting er publisert");
            }
        }
    }

    @Test
    void theCommitteeIsToldThatAControllerPublishesFirstWhereNothingIsPublished() {
        int unpublished = 2019; // a year the demo has no data for: never published
        try (UiBrowser browser = UiBrowser.loggedIn("committee")) {
            browser.open("#/rapport/" + unpublished);

            assertThat(browser.text("#app h1")).isEqualTo("Årsberetning " + unpublished);
            assertThat(browser.text("#app .notice")).contains("Ingenting er publisert",
                    "En kontroller publiserer årsberetningen under «Kontroll»");
            assertThat(browser.all("#app select")).as("no empty list of releases to choose from").isEmpty();
        }
    }

    @Test
    void numbersAndDatesAreNorwegian() {
        try (UiBrowser browser = UiBrowser.loggedIn("staff")) {
            browser.open("#/oversikt/" + YEAR);
            WebElement skole = browser.await(d -> d.findElements(By.cssSelector("section[aria-labelledby='avvik'] tbody tr")).stream()
                    .filter(tr -> tr.getText().startsWith("Skole")).findFirst().orElse(null));
            String row = skole.getText();
            // Thousands grouped by a (non-breaking) space, the minus sign U+2212: «2 495», «−32»
            assertThat(row).matches("(?s).*\\b2[\\u00a0\\u202f ]495\\b.*").contains("\u221232", "Merforbruk");
            // The climate trajectory: a chart with a table of the same numbers, decimals with a comma (27,5 in 2023).
            WebElement trajectory = browser.await(d -> d.findElements(By.cssSelector("section[aria-labelledby='utslippsbane']"))
                    .stream().filter(section -> !section.findElements(By.cssSelector("tbody tr")).isEmpty()).findFirst().orElse(null));
            assertThat(trajectory.findElements(By.cssSelector("figure svg[role='img']"))).hasSize(1);
            assertThat(trajectory.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText))
                    .anySatisfy(line -> assertThat(line).startsWith("2023").contains("30", "27,5"));
            Object formatted = browser.script("return new Intl.NumberFormat('nb-NO', {minimumFractionDigits: 1}).format(1982.2);");
            assertThat(formatted.toString().replace('\u00a0', ' ')).isEqualTo("1 982,2");
        }
    }

    @Test
    void logoutEndsTheSessionThroughKeycloak() {
        try (UiBrowser browser = UiBrowser.loggedIn("staff")) {
            browser.find("form.site-user__logout button").click();
            browser.await(d -> !d.findElements(By.id("username")).isEmpty());
            assertThat(browser.driver.getCurrentUrl()).contains("/realms/arsberetning/");
            browser.driver.get(Suite.gateway().resolve("/api/me").toString());
            browser.await(d -> d.getCurrentUrl().endsWith("/api/me") && d.findElement(By.tagName("body")).getText().contains("401"));
        }
    }

    /** The newest of the last six years that the committee can read a release of (as the UI looks), or 0. */
    private static int newestPublishedYear() {
        int thisYear = java.time.Year.now().getValue();
        for (int year = thisYear; year > thisYear - 6; year--) {
            if (Suite.send("GET", "/api/published/" + year, "committee", null, java.util.Map.of()).statusCode() == 200) {
                return year;
            }
        }
        return 0;
    }
}
