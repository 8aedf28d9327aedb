package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import no.arsberetning.gateway.reports.ComposedReport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole demo dataset through the document: every printed table with its caption, the deviation chart
 * from the real table 1.2, and a tagged PDF. Writes both to target/ to look at.
 */
class DemoReportTests {

    private static ComposedReport report;
    private static String html;

    @BeforeAll
    static void render() throws IOException {
        report = DemoReport.load();
        html = new ReportHtmlRenderer().render(report);
        Files.writeString(Path.of("target", "arsberetning-demo-2023.html"), html, StandardCharsets.UTF_8);
    }

    @Test
    void everyPrintedNumberedTableHasItsCaption() {
        Document page = Jsoup.parse(html);
        assertThat(page.select("section.chapter")).hasSize(19);
        assertThat(page.select("caption .table-label").eachText())
                .contains("Tabell 1.1", "Tabell 1.2", "Tabell 1.10", "Tabell 2.1", "Tabell 4.1");
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(page.select("script, [onclick]")).isEmpty();
        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as(heading.text()).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        for (Element table : page.select("table")) {
            assertThat(table.select("> caption").text()).as(table.id()).isNotBlank();
            assertThat(table.select("th:not([scope])")).as(table.id()).isEmpty();
        }
    }

    @Test
    void theDeviationChartHasEveryServiceAreaOfTable12AsPrinted() {
        Document page = Jsoup.parse(html);
        Element alternative = page.getElementById("tabell-1-2").parent().nextElementSibling().selectFirst("table");
        assertThat(alternative.select("tbody tr")).hasSize(22);
        Element helse = alternative.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Helse og omsorgstjenester")).findFirst().orElseThrow();
        assertThat(helse.selectFirst("td").text()).isEqualTo("-131");
        assertThat(helse.selectFirst("td").attr("data-value")).isEqualTo("-131");
    }

    @Test
    void theTrajectoryAndTheGoalStatusChartAreDrawnFromTheDemoData() {
        Document page = Jsoup.parse(html);
        assertThat(page.select("svg[role=img]")).hasSize(3);
        Element trajectory = page.selectFirst("#kapittel-3 figure table");
        assertThat(trajectory.select("tbody th").eachText()).containsExactly("2009", "2020", "2022", "2023", "2030");
        Element goals = page.selectFirst("#oversikt figure table");
        assertThat(goals.select("thead th").eachText()).contains("Nådd", "Ikke nådd", "Ikke oppgitt", "Sum");
    }

    @Test
    void thePdfOfTheWholeReportIsTaggedAndKeepsNorwegianText() throws IOException {
        long started = System.nanoTime();
        byte[] pdf = new ReportPdfRenderer().render(html);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Files.write(Path.of("target", "arsberetning-demo-2023.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Tabell 1.2 Regnskap og revidert budsjett 2023 fordelt på tjenesteområdene.",
                    "Helse og omsorgstjenester", "Økonomisk oversikt etter art 2023", "Side 1 av " + document.getNumberOfPages());
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getNumberOfPages()).isGreaterThan(20);
            System.out.printf("Demo-PDF: %d sider, %d kB, %d ms%n", document.getNumberOfPages(), pdf.length / 1024, millis);
        }
    }
}
