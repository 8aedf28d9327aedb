package no.arsberetning.gateway.reports.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the report's HTML — the very string the HTML page serves — to PDF with openhtmltopdf: A4, the
 * same stylesheet, page numbers "Side X av Y", bookmarks from the chapter headings, and tagged for
 * accessibility (structure tree, marked content, language and title from the HTML). Blocking: call it off
 * the event loop. Nothing outside the document is fetched.
 *
 * <p>The charts are inline SVG. openhtmltopdf draws SVG only with its Batik module
 * ({@code io.github.openhtmltopdf:openhtmltopdf-svg-support}); when that is on the classpath it is used,
 * otherwise each chart is replaced by a note — its table alternative, right below, carries the numbers.
 */
public final class ReportPdfRenderer {

    static final String SVG_DRAWER = "com.openhtmltopdf.svgsupport.BatikSVGDrawer";
    static final String NO_SVG_NOTE = "Figuren vises i nettutgaven. Tallene står i tabellalternativet nedenfor.";

    private static final Logger log = LoggerFactory.getLogger(ReportPdfRenderer.class);

    static {
        PdfLogging.install();
    }

    /** @return the PDF */
    public byte[] render(String html) {
        Document document = Jsoup.parse(html);
        SVGDrawer svg = svgDrawer();
        if (svg == null) {
            replaceCharts(document);
        }
        addBookmarks(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        PdfFonts.register(builder);
        if (svg != null) {
            builder.useSVGDrawer(svg);
        }
        builder.withProducer("Årsberetning");
        builder.withW3cDocument(new W3CDom().fromJsoup(document), "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF-en kunne ikke lages", e);
        }
        return out.toByteArray();
    }

    /** Whether charts are drawn in the PDF (the SVG module is on the classpath). */
    public static boolean drawsCharts() {
        try {
            Class.forName(SVG_DRAWER, false, ReportPdfRenderer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static SVGDrawer svgDrawer() {
        if (!drawsCharts()) {
            return null;
        }
        try {
            return (SVGDrawer) Class.forName(SVG_DRAWER).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            log.warn("SVG-modulen for PDF kunne ikke lastes; figurene erstattes av en merknad", e);
            return null;
        }
    }

    private static void replaceCharts(Document document) {
        for (Element svg : document.select("svg")) {
            svg.replaceWith(new Element("p").addClass("chart-pdf-note").text(NO_SVG_NOTE));
        }
    }

    /** PDF bookmarks (openhtmltopdf's {@code <bookmarks>} in the head) for the contents and every chapter. */
    private static void addBookmarks(Document document) {
        Element bookmarks = document.head().appendElement("bookmarks");
        for (Element heading : document.select("main h2[id], nav h2[id]")) {
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
        }
    }
}
