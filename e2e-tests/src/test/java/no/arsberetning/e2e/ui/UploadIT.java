package no.arsberetning.e2e.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The upload form as a reporter meets it, in headless Chromium against the real services: no progress bar
 * before an upload starts; a file too large or of another type refused in the browser, before anything is sent,
 * with the server's own words as the headline; a CSV file in Windows-1252 (Norwegian Excel's plain «CSV»),
 * UTF-8 with a byte order mark («CSV UTF-8») or UTF-8 without one imported, the encoding said in the result; and
 * a file the server cannot read headed by the problem's detail. Every file uploaded holds a table as it is
 * (no values changed), so the demo data is left unchanged.
 */
class UploadIT {

    private static final String SERVICE = "service-areas";
    private static final String SECTION = "area:skole";
    private static final String FORM = "section.service-part[data-service='service-areas'] .template ";
    private static final String RESULT = "section.service-part[data-service='service-areas'] .upload-result ";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static UiBrowser browser;
    private static String tableKey;
    /** The skole table as the service exports it: CSV in UTF-8 with a byte order mark. */
    private static String exported;
    /** A table of the service whose CSV has letters outside ASCII (æ, ø, å …), all of them in Windows-1252. */
    private static String norwegianKey;
    private static String norwegianCsv;

    @TempDir
    Path temp;

    @BeforeAll
    static void openTheAreaAsItsReporter() {
        Suite.ensureOpen(SERVICE, SECTION);
        tableKey = skoleTable();
        exported = csv(tableKey);
        findATableWithNorwegianLetters();
        browser = UiBrowser.loggedIn("reporter.skole");
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noProgressBarShowsBeforeAnUploadStarts() {
        openArea();

        WebElement progress = browser.find(FORM + ".progress");
        assertThat(progress.isDisplayed()).as("the progress bar before any upload").isFalse();
        assertThat(browser.find(FORM + "input[type='file']").isDisplayed()).isTrue();
        browser.screenshot("opplasting-klar");
    }

    @Test
    void aFileTooLargeIsRefusedInTheBrowserWithoutBeingSent() throws IOException {
        byte[] content = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(content, (byte) 'a');
        Path large = Files.write(temp.resolve("stor.csv"), content);
        openArea();

        choose(large);

        assertThat(headline()).isEqualTo("Filen er for stor: høyst 10 MB er tillatt");
        assertThat(importRequests()).as("requests to the import").isZero();
        assertThat(browser.find(FORM + ".progress").isDisplayed()).isFalse();
    }

    @Test
    void aFileOfAnotherTypeIsRefusedInTheBrowserWithoutBeingSent() throws IOException {
        Path text = Files.writeString(temp.resolve("tabell.txt"), exported);
        openArea();

        choose(text);

        assertThat(headline()).isEqualTo("Filtypen støttes ikke: bruk .csv, .xlsx eller .json (JSON-stat 2.0)");
        assertThat(importRequests()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Windows-1252", "UTF-8 med BOM", "UTF-8"})
    void aCsvFileInEitherEncodingIsImportedAndTheResultSaysWhichItWas(String encoding) throws IOException {
        String text = norwegianCsv.substring(1);
        byte[] content = switch (encoding) {
            case "Windows-1252" -> text.getBytes(WINDOWS_1252);
            case "UTF-8 med BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
        Path file = Files.write(temp.resolve(norwegianKey + ".csv"), content);
        openArea();

        choose(file);

        WebElement result = browser.find(RESULT + ".notice");
        assertThat(result.getAttribute("class")).as(result.getText()).contains("notice--ok");
        assertThat(result.getText()).contains("er importert", "Ingen verdier var endret", "Tegnkoding: " + encoding + ".");
        assertThat(browser.find(FORM + ".progress").isDisplayed()).as("the progress bar after the upload").isFalse();
    }

    @Test
    void aFileTheServerCannotReadIsHeadedByTheReason() throws IOException {
        Path broken = Files.writeString(temp.resolve(tableKey + ".csv"), "Tjeneste;Beløp\n\"Skole;1\n");
        openArea();

        choose(broken);

        assertThat(headline()).isEqualTo("Linje 2: et anførselstegn (\") blir aldri lukket");
        assertThat(browser.all(RESULT + "table")).as("no table repeating the headline").isEmpty();
        assertThat(browser.text(RESULT)).contains("Ingenting er endret");
        assertThat(importRequests()).isEqualTo(1);
    }

    private static void openArea() {
        browser.open("#/omrade/" + Suite.YEAR + "/skole");
        browser.find(FORM + "input[type='file']");
        browser.script("performance.clearResourceTimings();");
    }

    private static void choose(Path file) {
        browser.find(FORM + "input[type='file']").sendKeys(file.toAbsolutePath().toString());
        browser.find(FORM + "button[type='submit']").click();
        browser.find(RESULT + ".notice");
    }

    private static String headline() {
        WebElement notice = browser.find(RESULT + ".notice");
        assertThat(notice.getAttribute("class")).contains("notice--error");
        return notice.findElement(By.cssSelector(".notice__title")).getText();
    }

    /** Requests this page has sent to an import endpoint since the area was opened. */
    private static long importRequests() {
        Object count = browser.script("return performance.getEntriesByType('resource').filter(e => e.name.includes('/imports')).length;");
        return ((Number) count).longValue();
    }

    /** The key of the skole area's own table (its section is the area's). */
    private static String skoleTable() {
        for (JsonNode table : Suite.get("/api/" + SERVICE + "/" + Suite.YEAR + "/tables", "reporter.skole")) {
            if (SECTION.equals(table.get("section").asString())) {
                return table.get("key").asString();
            }
        }
        throw new AssertionError("No table in the section " + SECTION);
    }

    /**
     * Any table of the service whose exported CSV (UTF-8 with BOM) has letters outside ASCII that Windows-1252
     * can hold, so that the three encodings of the same file differ in their bytes.
     */
    private static void findATableWithNorwegianLetters() {
        for (JsonNode table : Suite.get("/api/" + SERVICE + "/" + Suite.YEAR + "/tables", "reporter.skole")) {
            String key = table.get("key").asString();
            String csv = csv(key);
            String text = csv.substring(1);
            if (text.chars().anyMatch(c -> c > 0x7F) && WINDOWS_1252.newEncoder().canEncode(text)) {
                norwegianKey = key;
                norwegianCsv = csv;
                return;
            }
        }
        throw new AssertionError("No table of " + SERVICE + " has letters outside ASCII that Windows-1252 holds");
    }

    private static String csv(String key) {
        String csv = new String(download("/api/" + SERVICE + "/" + Suite.YEAR + "/tables/" + key + ".csv"), StandardCharsets.UTF_8);
        assertThat(csv).as("the export of %s starts with a byte order mark", key).startsWith("\uFEFF");
        return csv;
    }

    private static byte[] download(String path) {
        HttpRequest request = HttpRequest.newBuilder(Suite.gateway().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Suite.token("reporter.skole")).GET().build();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
