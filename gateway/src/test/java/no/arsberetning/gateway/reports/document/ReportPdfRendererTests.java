package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF made from the same HTML, opened again with PDFBox and veraPDF: text, fonts, tags, figures, links, PDF/UA-1. */
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
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text).contains("Årsberetning 2023", "Økonomi", "Måloppnåelse i tall", "Trondheim kommune", "Oppvekst og utdanning");
        assertThat(text).contains("æ", "ø", "å", "Æ", "Ø", "Å");
        assertThat(text).contains("Tabell 1.2 Regnskap og revidert budsjett 2023 fordelt på tjenesteområdene.");
        assertThat(text).contains("Tabellalternativ til figur 1", "Avvik mellom rapportert og beregnet status", "Funn fra kontrollene");
        assertThat(text).contains("Ikke tilgjengelig", "Tidsavbrudd etter 800 ms");
        assertThat(text).doesNotContain("alert(");
    }

    @Test
    void setsEveryTextInTheEmbeddedOpenFontWithTheRealMinusAndTheArrows() throws IOException {
        assertThat(text).contains("\u2212131", "\u2191").doesNotContain("#131");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                fonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("a subset of Liberation Sans").contains("+LiberationSans");
            }
        }
    }

    @Test
    void embedsEachFaceOnceHoweverManyFamilyNamesReachIt() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                fonts(page.getResources(), fonts);
            }
            Map<String, Set<String>> subsetsByFace = fonts.stream().map(PDFont::getName).distinct()
                    .collect(Collectors.groupingBy(name -> name.substring(name.indexOf('+') + 1), Collectors.toSet()));
            assertThat(subsetsByFace).containsKeys("LiberationSans", "LiberationSans-Bold")
                    .allSatisfy((face, subsets) -> assertThat(subsets).as(face).hasSize(1));
        }
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
    void drawsEveryChartAsAFigureWithItsAlternativeTextFollowedByItsTable() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            TaggedPdf.Node root = TaggedPdf.read(document);
            List<TaggedPdf.Node> figures = root.all("Figure");
            assertThat(figures).hasSize(3);
            assertThat(figures).extracting(TaggedPdf.Node::alt).allSatisfy(alt -> assertThat(alt).startsWith("Figur ")
                    .endsWith("Tallene i figuren står i tabellen rett etter den."));
            assertThat(figures.get(0).alt()).contains("Måloppnåelse per kapittel");
            for (TaggedPdf.Node figure : figures) {
                TaggedPdf.Node next = root.next(figure);
                assertThat(next.type().equals("Caption") ? root.next(next).type() : next.type()).as(figure.alt()).isEqualTo("Table");
            }
            assertThat(drawings(document)).as("each chart drawn as a form on its page").isGreaterThanOrEqualTo(3);
        }
        assertThat(text).as("the charts' labels are drawn as shapes inside the figure, not loose text")
                .doesNotContain("Mindreforbruk (positivt avvik)");
    }

    @Test
    void givesEveryLinkAnnotationADescription() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int links = 0;
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink) {
                        links++;
                        assertThat(annotation.getContents()).isNotBlank();
                    }
                }
            }
            assertThat(links).as("the table of contents alone links every chapter").isGreaterThan(5);
            assertThat(TaggedPdf.read(document).all("Link")).allSatisfy(link -> assertThat(link.alt()).as(link.text()).isNotBlank());
        }
    }

    /**
     * openhtmltopdf 1.1.31 leaves a link annotation's Contents empty (fixed upstream in openhtmltopdf/openhtmltopdf#160),
     * hence {@link LinkContents}. When this fails, the platform's openhtmltopdf writes Contents itself: remove the
     * workaround.
     */
    @Test
    void openhtmltopdfStillLeavesLinkContentsEmptySoTheWorkaroundIsNeeded() throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        PDDocument pdf = new PDDocument();
        builder.usePDDocument(pdf);
        PdfFonts.register(builder, pdf);
        builder.withHtmlContent("<html lang=\"nb\"><head><title>Lenke</title></head><body><p><a href=\"#mal\" title=\"Til målet\">mål</a></p>"
                + "<h1 id=\"mal\">Mål</h1></body></html>", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out);
        builder.run();
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDAnnotation link = document.getPage(0).getAnnotations().get(0);
            assertThat(link.getContents()).isNull();
        }
    }

    @Test
    void passesVeraPdfsPdfUa1Profile() throws Exception {
        assertThat(PdfUa.failures(pdf)).isEmpty();
    }

    private static void fonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fonts(form.getResources(), fonts);
            }
        }
    }

    private static int drawings(PDDocument document) throws IOException {
        int forms = 0;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                forms += resources.getXObject(name) instanceof PDFormXObject ? 1 : 0;
            }
        }
        return forms;
    }
}
