package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF made from the same HTML, opened again with PDFBox: text, Norwegian letters, tags, pages, bookmarks. */
class ReportPdfRendererTests {

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        String html = new ReportHtmlRenderer().render(SampleReport.report());
        pdf = new ReportPdfRenderer().render(html);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void isAPdfWhoseTextKeepsNorwegianLettersAndTableCaptions() {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text).contains("Årsberetning 2023", "Økonomi", "Måloppnåelse i tall", "Trondheim kommune", "Oppvekst og utdanning");
        assertThat(text).contains("æ", "ø", "å", "Æ", "Ø", "Å");
        assertThat(text).contains("Tabell 1.2 Regnskap og revidert budsjett 2023 fordelt på tjenesteområdene.");
        assertThat(text).contains("Tabellalternativ til figur 1", "Avvik mellom rapportert og beregnet status", "Funn fra kontrollene");
        assertThat(text).contains("Ikke tilgjengelig", "Tidsavbrudd etter 800 ms");
        assertThat(text).doesNotContain("alert(");
    }

    @Test
    void keepsTheRealMinusAndTheArrowsThatHelveticaLacks() {
        assertThat(PdfFonts.hasFallback()).as("PDFBox ships Liberation Sans").isTrue();
        assertThat(text).contains("\u2212131", "\u2191").doesNotContain("#131");
    }

    @Test
    void numbersPagesSideXAvY() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains("Side 1 av " + pages, "Side " + pages + " av " + pages);
            assertThat(text).as("running title on every page").contains("Årsberetning 2023 – Trondheim kommune");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
        }
    }

    @Test
    void isTaggedWithLanguageTitleAndBookmarks() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("nb");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Årsberetning 2023 – Trondheim kommune");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : catalog.getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).contains("Innhold", "1 Økonomi", "2 Arbeidsgiverområdet og felles systemer", "Vedlegg: Funn fra kontrollene");
        }
    }

    @Test
    void chartsAreNotSpilledAsLooseTextWithoutTheSvgModule() {
        if (ReportPdfRenderer.drawsCharts()) {
            assertThat(text).doesNotContain(ReportPdfRenderer.NO_SVG_NOTE);
        } else {
            assertThat(text).contains(ReportPdfRenderer.NO_SVG_NOTE);
            assertThat(text).as("legend of the SVG").doesNotContain("Mindreforbruk (positivt avvik)");
        }
    }
}
