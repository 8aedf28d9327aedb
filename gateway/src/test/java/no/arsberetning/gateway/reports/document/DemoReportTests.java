package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.arsberetning.gateway.reports.ComposedReport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
    private static byte[] pdf;

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
    void noHeaderCellIsEmpty() {
        Document document = Jsoup.parse(html);
        assertThat(document.select("table")).hasSizeGreaterThan(50);
        assertThat(document.select("th").stream().filter(th -> th.text().isBlank()).map(th -> th.closest("table").id()).distinct().toList())
                .as("tables with an empty header cell (axe: empty-table-header)").isEmpty();
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
        try (PDDocument document = Loader.loadPDF(pdf())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Tabell 1.2 Regnskap og revidert budsjett 2023 fordelt på tjenesteområdene.",
                    "Helse og omsorgstjenester", "Økonomisk oversikt etter art 2023", "Side 1 av " + document.getNumberOfPages());
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getNumberOfPages()).isGreaterThan(20);
        }
    }

    @Test
    void thePdfOfTheWholeReportPassesVeraPdfsPdfUa1Profile() throws Exception {
        assertThat(PdfUa.failures(pdf())).isEmpty();
    }

    /**
     * Every table of the HTML page (as set for print: a table too wide even for a landscape page is split into parts
     * that repeat the row headers, see {@code WideTablesTests}) is in the PDF's tag tree with every row and every
     * cell, in the same order, and every character of it is drawn inside its page: no column is cut at the margin.
     */
    @Test
    void everyColumnOfEveryTableIsInThePdfsTagTreeAndOnItsPage() throws IOException {
        Document forPrint = Jsoup.parse(html);
        ReportPdfRenderer.prepareForPrint(forPrint);
        List<Element> printed = forPrint.select("table.data");
        try (PDDocument document = Loader.loadPDF(pdf())) {
            List<TaggedPdf.Node> tagged = TaggedPdf.read(document).all("Table");
            assertThat(tagged).hasSameSizeAs(printed);
            for (int t = 0; t < printed.size(); t++) {
                Element table = printed.get(t);
                List<List<String>> expected = new ArrayList<>();
                for (Element row : table.select("> thead > tr, > tbody > tr")) {
                    expected.add(row.children().stream().map(cell -> squeezed(cell.text())).toList());
                }
                int headerRows = table.select("> thead > tr").size();
                List<List<String>> actual = new ArrayList<>();
                for (List<String> row : tagged.get(t).rows()) {
                    actual.add(row.stream().map(DemoReportTests::squeezed).toList());
                }
                for (int r = 0; r < Math.min(headerRows, actual.size()); r++) {
                    actual.set(r, once(actual.get(r), expected.get(r)));
                }
                String name = table.selectFirst("caption").text();
                assertThat(actual).as(name).isEqualTo(expected);
                assertThat(tagged.get(t).onPage()).as(name + ": drawn inside the page").isTrue();
            }
        }
    }

    /**
     * The tables set for print on landscape pages are on landscape pages, every other table on an upright one; the
     * page of a table is the page its caption is drawn on.
     */
    @Test
    void setsTheWideTablesOnLandscapePagesAndTheOthersUpright() throws IOException {
        Document forPrint = Jsoup.parse(html);
        ReportPdfRenderer.prepareForPrint(forPrint);
        List<String> wide = new ArrayList<>();
        List<String> upright = new ArrayList<>();
        for (Element label : forPrint.select("caption .table-label")) {
            boolean landscape = label.closest(".pdf-landscape") != null;
            (landscape ? wide : upright).add(label.text() + " ");
        }
        try (PDDocument document = Loader.loadPDF(pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                PDRectangle box = document.getPage(page - 1).getMediaBox();
                boolean landscape = box.getWidth() > box.getHeight();
                for (String label : landscape ? upright : wide) {
                    assertThat(text).as("page " + page + (landscape ? " (landscape)" : " (upright)")).doesNotContain(label);
                }
            }
        }
    }

    /**
     * A table running over several pages repeats its header on each, and openhtmltopdf marks every repetition as the
     * header cell's content (line by line across the pages): a header cell's text in the tag tree holds the printed
     * header's characters once per page.
     */
    private static List<String> once(List<String> tagged, List<String> printed) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < tagged.size(); c++) {
            String text = tagged.get(c);
            String one = c < printed.size() ? printed.get(c) : text;
            cells.add(repeats(text, one) ? one : text);
        }
        return cells;
    }

    private static boolean repeats(String text, String one) {
        if (one.isEmpty() || text.length() % one.length() != 0) {
            return false;
        }
        int times = text.length() / one.length();
        Map<Integer, Long> expected = one.chars().boxed().collect(Collectors.groupingBy(ch -> ch, Collectors.counting()));
        Map<Integer, Long> actual = text.chars().boxed().collect(Collectors.groupingBy(ch -> ch, Collectors.counting()));
        expected.replaceAll((ch, count) -> count * times);
        return actual.equals(expected);
    }

    /** Whitespace (and the no-break space) differs between the page and the text drawn: compare without it. */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\u00A0]+", "");
    }

    private static synchronized byte[] pdf() throws IOException {
        if (pdf == null) {
            long started = System.nanoTime();
            pdf = new ReportPdfRenderer().render(html);
            long millis = (System.nanoTime() - started) / 1_000_000;
            Files.write(Path.of("target", "arsberetning-demo-2023.pdf"), pdf);
            System.out.printf("Demo-PDF: %d kB, %d ms%n", pdf.length / 1024, millis);
        }
        return pdf;
    }
}
