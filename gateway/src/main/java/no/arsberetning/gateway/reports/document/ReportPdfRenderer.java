package no.arsberetning.gateway.reports.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders the report's HTML — the very string the HTML page serves — to PDF/UA-1 with openhtmltopdf: A4, the
 * same stylesheet, page numbers "Side X av Y", bookmarks from the chapter headings, tagged (structure tree,
 * marked content, language and title from the HTML), every font embedded ({@link PdfFonts}), the charts drawn
 * ({@link ChartDrawer}) and tagged as figures with their alternative text, wide tables
 * on landscape pages ({@link WideTables}), and every link annotation with its description ({@link LinkContents}).
 * The working report and every published release go through here. Blocking: call it off the event loop.
 * Nothing outside the document is fetched, and the charts run no scripts.
 */
public final class ReportPdfRenderer {

    static {
        PdfLogging.install();
    }

    /** @return the PDF */
    public byte[] render(String html) {
        Document document = Jsoup.parse(html);
        prepareForPrint(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        try (PDDocument pdf = new PDDocument(); PdfBoxRenderer renderer = builder(pdf, document).buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            LinkContents.fill(pdf);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF-en kunne ikke lages", e);
        }
        return out.toByteArray();
    }

    /** openhtmltopdf set up to write {@code document} into {@code pdf}, with the report's fonts and charts. */
    private static PdfRendererBuilder builder(PDDocument pdf, Document document) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(pdf);
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        PdfFonts.register(builder, pdf);
        builder.useSVGDrawer(new ChartDrawer());
        builder.withProducer("Årsberetning");
        builder.withW3cDocument(new W3CDom().fromJsoup(document), "about:blank");
        return builder;
    }

    /**
     * What the printed document needs beyond the page: each chart's alternative text on the element the PDF
     * tags as a figure, each link's description (its accessible name; an anchor without a target is no link), wide
     * tables set for print, and bookmarks.
     */
    static void prepareForPrint(Document document) {
        for (Element chart : document.select("svg[role=img]")) {
            chart.attr("alt", chartDescription(document, chart));
        }
        document.select("a:not([href])").unwrap();
        for (Element link : document.select("a[href]")) {
            if (link.attr("title").isBlank()) {
                String name = link.attr("aria-label").isBlank() ? link.text() : link.attr("aria-label");
                link.attr("title", name.isBlank() ? "Lenke til " + link.attr("href") : name);
            }
        }
        WideTables.setForPrint(document.body());
        addBookmarks(document);
    }

    /** The figure's caption (what labels the chart on the page), and where its numbers are. */
    private static String chartDescription(Document document, Element chart) {
        Element caption = document.getElementById(chart.attr("aria-labelledby"));
        String text = caption == null ? "Figur" : caption.text();
        return text + (text.endsWith(".") ? "" : ".") + " Tallene i figuren står i tabellen rett etter den.";
    }

    /** PDF bookmarks (openhtmltopdf's {@code <bookmarks>} in the head) for the contents and every chapter. */
    private static void addBookmarks(Document document) {
        Element bookmarks = document.head().appendElement("bookmarks");
        for (Element heading : document.select("main h2[id], nav h2[id]")) {
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
        }
    }
}
