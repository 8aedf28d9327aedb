package no.arsberetning.e2e.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.arsberetning.e2e.Releases;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The reporting cycle in the browser, as people do it: the reporter for «skole» logs in on Keycloak's page,
 * downloads the pre-filled template of the area's table, corrects it and uploads it (seeing what the import
 * did, or every error against its sheet, row and column), writes the deviation explanation (and meets a
 * concurrent change), and submits; a controller approves, returns another section with a comment, and
 * publishes with an override reason; the dashboard and the report show the result. Each test sets up its
 * own starting point through the API, so neither depends on the other having run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingCycleIT {

    private static final String YEAR = String.valueOf(Suite.YEAR);
    private static final String SERVICE = "service-areas";
    private static final String SECTION = "area:skole";
    private static final String TEXT = "explanation:skole";
    private static final String PART = "section.service-part[data-service='service-areas'] ";
    private static final String RETURNED = "area:kunst-og-kultur";
    private static String printedExplanation;

    @BeforeAll
    static void rememberTheDemoData() {
        printedExplanation = text(TEXT).get("html").asString();
    }

    /**
     * Leaves the demo data as it was found, for the suite's other tests: both sections open again (draft) and
     * the printed explanation back. Published releases stay: they are immutable, and a later publication is
     * simply the next release.
     */
    @AfterAll
    static void restoreTheDemoData() {
        Suite.ensureOpen(SERVICE, SECTION);
        if ("returned".equals(Suite.sectionStatus(SERVICE, RETURNED))) {
            Suite.ensureSubmitted(SERVICE, RETURNED);
        }
        Suite.ensureOpen(SERVICE, RETURNED);
        JsonNode now = text(TEXT);
        if (!printedExplanation.equals(now.get("html").asString())) {
            HttpResponse<String> put = Suite.send("PUT", "/api/" + SERVICE + "/" + YEAR + "/texts/" + TEXT, "controller",
                    Map.of("html", printedExplanation), Map.of("If-Match", "\"" + now.get("version").asLong() + "\""));
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        }
    }

    @Test
    @Order(1)
    void theReporterCorrectsTheTemplateExplainsTheDeviationAndSubmits() throws Exception {
        Suite.ensureOpen(SERVICE, SECTION);
        String tableKey = skoleTable();
        try (UiBrowser browser = UiBrowser.loggedIn("reporter.skole")) {
            assertThat(browser.text("#user")).contains("reporter.skole");
            browser.open("#/mine-omrader/" + YEAR);
            assertThat(browser.all("#nav a")).extracting(WebElement::getText).containsExactly("Oversikt", "Mine områder", "Sammenlign", "Rapport");
            browser.follow(browser.find(".area-list a[href$='/skole']"));
            assertThat(browser.text("h1")).isEqualTo("Skole " + YEAR);

            // The pre-filled template of the area's table, downloaded through the link
            browser.find(PART + ".template a.button").click();
            Path template = browser.awaitDownload(".xlsx");
            List<String> sheets = sheetNames(template);
            assertThat(sheets).as("the template holds the area's table").contains(tableKey);

            // Corrected: one number changed, uploaded with progress
            Path corrected = template.resolveSibling("mal-rettet-" + UUID.randomUUID() + ".xlsx");
            Change change = changeANumber(template, tableKey, corrected);
            upload(browser, corrected);
            WebElement result = browser.find(PART + ".upload-result .notice");
            assertThat(browser.find(PART + ".template progress").getAttribute("value")).isEqualTo("100");
            browser.screenshot("opplasting");
            String after = cellText(tableKey, 0, change.cell);
            if (result.getAttribute("class").contains("notice--error")) {
                // The server refused the change (reporters may not change that cell): nothing changed, and every
                // error is shown against its sheet, row and column.
                assertThat(result.getText()).contains("Ingenting er endret");
                List<List<String>> errors = rows(browser, PART + ".upload-result table tbody tr");
                assertThat(errors).anySatisfy(row -> assertThat(row.subList(0, 3)).containsExactly(tableKey, String.valueOf(change.row), change.header));
                assertThat(after).as("an all-or-nothing import changed nothing").isEqualTo(change.before);
            } else {
                assertThat(result.getText()).contains("er importert", "1 celle er endret", tableKey);
                assertThat(after).isNotEqualTo(change.before);
            }

            // The pre-filled template as downloaded: read and accepted
            upload(browser, template);
            browser.await(d -> d.findElement(By.cssSelector(PART + ".upload-result .notice")).getAttribute("class").contains("notice--ok"));
            assertThat(browser.text(PART + ".upload-result")).contains("er importert");

            // The deviation explanation, written in the editor and saved with If-Match
            String marker = "Testkjøring " + UUID.randomUUID();
            WebElement editor = browser.find(PART + ".text-form textarea");
            editor.clear();
            editor.sendKeys("Merforbruket skyldes skoleskyss og lønn til lektorer. " + marker);
            browser.find(PART + ".text-form button[type='submit']").click();
            browser.await(d -> !d.findElements(By.cssSelector(PART + ".text-form .notice--ok")).isEmpty());
            assertThat(text(TEXT).get("html").asString()).contains(marker);

            // Someone else changes it meanwhile: the next save is refused (412), the newest text is loaded
            JsonNode current = text(TEXT);
            String theirs = "Endret av kontrolleren " + UUID.randomUUID();
            HttpResponse<String> put = Suite.send("PUT", "/api/" + SERVICE + "/" + YEAR + "/texts/" + TEXT, "controller",
                    Map.of("html", "<p>" + theirs + "</p>"), Map.of("If-Match", "\"" + current.get("version").asLong() + "\""));
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            editor = browser.find(PART + ".text-form textarea");
            editor.sendKeys(" Tillegg.");
            browser.find(PART + ".text-form button[type='submit']").click();
            WebElement conflict = browser.find(PART + ".text-form .notice--error");
            assertThat(conflict.getText()).contains("Noen andre har endret teksten");
            assertThat(browser.find(PART + ".text-form textarea").getAttribute("value")).contains(theirs);
            browser.screenshot("samtidig-endring");
            editor = browser.find(PART + ".text-form textarea");
            editor.sendKeys(" Skyss og lønn. " + marker);
            browser.find(PART + ".text-form button[type='submit']").click();
            browser.await(d -> !d.findElements(By.cssSelector(PART + ".text-form .notice--ok")).isEmpty());
            assertThat(text(TEXT).get("html").asString()).contains(theirs, marker);

            // Submitted: the section is frozen and says so
            WebElement submit = browser.await(d -> d.findElements(By.cssSelector(PART + ".review-actions button")).stream()
                    .filter(b -> b.getText().startsWith("Send inn")).findFirst().orElse(null));
            submit.click();
            browser.await(d -> d.findElements(By.cssSelector(".flash")).stream().anyMatch(f -> f.getText().contains("er sendt inn")));
            assertThat(browser.text(PART + "p.section-status[data-section='" + SECTION + "'] .badge")).isEqualTo("Sendt inn");
            assertThat(browser.all(PART + ".text-form")).as("no editing once submitted").isEmpty();
            assertThat(browser.all(PART + ".template input[type='file']")).isEmpty();
            browser.screenshot("omrade-skole-sendt-inn");
        }
        assertThat(Suite.sectionStatus(SERVICE, SECTION)).isEqualTo("submitted");
    }

    @Test
    @Order(2)
    void theControllerApprovesReturnsAndPublishesAndTheDashboardShowsIt() {
        Suite.ensureSubmitted(SERVICE, SECTION);
        Suite.ensureSubmitted(SERVICE, RETURNED);
        // A first release, so that the new one can be compared with it.
        Releases.ensurePublished(Suite.YEAR, "Første utgave (nettlesertest); feilene i demodataene er kjent.");
        int releasesBefore = Suite.get("/api/releases/" + YEAR, "controller").size();
        try (UiBrowser browser = UiBrowser.loggedIn("controller")) {
            browser.open("#/kontroll/" + YEAR);
            assertThat(browser.all("#nav a")).extracting(WebElement::getText).contains("Kontroll");

            // Approve the submitted «skole»
            WebElement item = browser.find("li[data-service='service-areas'][data-section='" + SECTION + "']");
            button(item, "Godkjenn").click();
            browser.await(d -> d.findElements(By.cssSelector(".flash")).stream().anyMatch(f -> f.getText().contains("«Skole» er godkjent")));
            assertThat(Suite.sectionStatus(SERVICE, SECTION)).isEqualTo("approved");

            // Return «kunst og kultur»: the comment is required
            WebElement other = browser.find("li[data-service='service-areas'][data-section='" + RETURNED + "']");
            button(other, "Returner med kommentar").click();
            WebElement form = other.findElement(By.cssSelector("form.return-form"));
            button(form, "Returner").click();
            assertThat(form.findElement(By.cssSelector(".field-error")).getText()).contains("Skriv hva rapportøren må rette");
            String comment = "Forklaringen mangler tall for 2023 (" + UUID.randomUUID() + ").";
            form.findElement(By.tagName("textarea")).sendKeys(comment);
            button(form, "Returner").click();
            browser.await(d -> d.findElements(By.cssSelector(".flash")).stream().anyMatch(f -> f.getText().contains("er returnert")));
            JsonNode returned = Suite.section(SERVICE, RETURNED);
            assertThat(returned.get("status").asString()).isEqualTo("returned");
            assertThat(returned.get("comment").asString()).isEqualTo(comment);

            // Publish: the demo data has open errors, so the reason is asked for and required
            WebElement reason = browser.find("textarea[name='overrideReason']");
            assertThat(reason.isDisplayed()).as("the override reason is shown while errors are open").isTrue();
            browser.find("section[aria-labelledby='publiser'] button[type='submit']").click();
            assertThat(browser.text("section[aria-labelledby='publiser'] .field-error")).contains("åpne feil");
            String why = "Publisert fra nettlesertesten: feilene er arvet fra den trykte rapporten (" + UUID.randomUUID() + ").";
            reason.sendKeys(why);
            browser.find("section[aria-labelledby='publiser'] button[type='submit']").click();
            WebElement published = browser.await(d -> d.findElements(By.cssSelector("section[aria-labelledby='publiser'] .notice--ok")).stream()
                    .findFirst().orElse(null));
            JsonNode releases = Suite.get("/api/releases/" + YEAR, "controller");
            assertThat(releases.size()).isEqualTo(releasesBefore + 1);
            JsonNode latest = latest(releases);
            int number = latest.get("number").asInt();
            assertThat(latest.get("overrideReason").asString()).isEqualTo(why);
            assertThat(published.getText()).contains("Utgave " + number + " er publisert");

            // The releases list has it, and the two newest compare
            browser.await(d -> d.findElements(By.cssSelector("section[aria-labelledby='utgaver'] tbody tr")).size() >= releasesBefore + 1);
            new org.openqa.selenium.support.ui.Select(browser.find("section[aria-labelledby='utgaver'] form select")).selectByValue(String.valueOf(number - 1));
            new org.openqa.selenium.support.ui.Select(browser.all("section[aria-labelledby='utgaver'] form select").get(1)).selectByValue(String.valueOf(number));
            button(browser.find("section[aria-labelledby='utgaver'] form"), "Sammenlign").click();
            assertThat(browser.await(d -> d.findElements(By.cssSelector("section[aria-labelledby='utgaver'] form h3")).stream().findFirst().orElse(null)).getText())
                    .isEqualTo("Forskjeller fra utgave " + (number - 1) + " til utgave " + number);
            browser.screenshot("kontroll-publisert");

            // The dashboard shows «skole» approved in the submission progress
            browser.open("#/oversikt/" + YEAR);
            String cell = "tr[data-area='skole'] [data-service='service-areas'][data-section='" + SECTION + "']";
            for (int attempt = 0; attempt < 3 && browser.all(cell).isEmpty(); attempt++) {
                browser.reload(); // a slow service costs its part of the dashboard; ask again
            }
            WebElement skole = browser.find(cell);
            assertThat(skole.getAttribute("data-status")).isEqualTo("approved");
            assertThat(skole.getText()).isEqualTo("Godkjent");
            assertThat(browser.text("tr[data-area='skole'] th")).isEqualTo("Skole");
            browser.screenshot("oversikt-etter-godkjenning");

            // The report: the new release, with its override reason, its own HTML document and PDF
            browser.open("#/rapport/" + YEAR + "/" + number);
            browser.await(d -> !d.findElements(By.cssSelector(".release")).isEmpty());
            assertThat(browser.text(".release")).contains(why);
            assertThat(browser.find(".release a[href='/api/published/" + YEAR + "/" + number + "/pdf']").getText()).contains("PDF");
            browser.await(d -> Boolean.TRUE.equals(browser.script("""
                    const f = document.querySelector('.release iframe');
                    return !!(f && f.contentDocument && f.contentDocument.querySelector('h1'));""")));
            AccessibilityIT.check(browser, "rapport-utgave");
        }
    }

    private static WebElement button(WebElement scope, String startsWith) {
        return scope.findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().startsWith(startsWith) && b.isDisplayed()).findFirst()
                .orElseThrow(() -> new AssertionError("No button «" + startsWith + "» in " + scope.getText()));
    }

    private static void upload(UiBrowser browser, Path file) {
        browser.script("const r = document.querySelector(arguments[0]); if (r) r.replaceChildren();", PART + ".upload-result");
        browser.find(PART + ".template input[type='file']").sendKeys(file.toAbsolutePath().toString());
        browser.find(PART + ".template button[type='submit']").click();
        browser.find(PART + ".upload-result .notice");
    }

    /** The key of the skole area's own table (its section is the area's), found through the tables API. */
    private static String skoleTable() {
        for (JsonNode table : Suite.get("/api/" + SERVICE + "/" + YEAR + "/tables", "reporter.skole")) {
            if (SECTION.equals(table.get("section").asString())) {
                String key = table.get("key").asString();
                JsonNode detail = Suite.get("/api/" + SERVICE + "/" + YEAR + "/tables/" + key, "reporter.skole");
                assertThat(detail.get("areas").toString()).contains("skole");
                return key;
            }
        }
        throw new AssertionError("No table in the section " + SECTION);
    }

    private static JsonNode text(String key) {
        return Suite.get("/api/" + SERVICE + "/" + YEAR + "/texts/" + key, "controller");
    }

    private static String cellText(String tableKey, int row, int column) {
        JsonNode table = Suite.get("/api/" + SERVICE + "/" + YEAR + "/tables/" + tableKey, "controller");
        return table.at("/rows/" + row + "/cells/" + column + "/text").asString();
    }

    private static JsonNode latest(JsonNode releases) {
        JsonNode latest = null;
        for (JsonNode release : releases) {
            if (latest == null || release.get("number").asInt() > latest.get("number").asInt()) {
                latest = release;
            }
        }
        return latest;
    }

    private static List<List<String>> rows(UiBrowser browser, String css) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.all(css)) {
            rows.add(tr.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    private static List<String> sheetNames(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    /** Where a number was changed: Excel's 1-based row, the stored cell's index, its column header, the stored text before. */
    private record Change(int row, int cell, String header, String before) {
    }

    /** Changes the last numeric cell of the table's first data row (as a person corrects a budget figure). */
    private static Change changeANumber(Path template, String sheetName, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(template); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(sheetName);
            Row header = sheet.getRow(0);
            Row row = sheet.getRow(1);
            for (int c = row.getLastCellNum() - 1; c >= 1; c--) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    continue;
                }
                String before = cellText(sheetName, 0, c - 1);
                if (cell.getCellType() == CellType.NUMERIC) {
                    cell.setCellValue(cell.getNumericCellValue() + 13);
                } else if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().matches("[-−]?[0-9  .,]+")) {
                    cell.setCellValue("1 234,5");
                } else {
                    continue;
                }
                try (OutputStream out = Files.newOutputStream(target)) {
                    workbook.write(out);
                }
                return new Change(2, c - 1, header.getCell(c).getStringCellValue(), before);
            }
        }
        throw new AssertionError("No number in the first row of sheet " + sheetName);
    }
}
