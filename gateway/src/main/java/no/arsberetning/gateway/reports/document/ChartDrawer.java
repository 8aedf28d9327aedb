package no.arsberetning.gateway.reports.document;

import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.OpenHtmlGvtFontFamily;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;

import org.apache.batik.gvt.font.GVTFontFamily;
import org.apache.batik.bridge.FontFace;

/**
 * Draws the charts (inline SVG) with Batik, scripts and external resources off, and sets their text in the PDF's
 * own font: openhtmltopdf's SVG module knows only fonts from CSS {@code @font-face} rules, so a chart's
 * {@code font-family} would otherwise be laid out with whatever font the machine's Java has (and spaced by its
 * metrics) — Liberation Sans here, whatever family the chart names. Batik draws the glyphs as outlines: the text
 * of a chart is part of its figure, whose alternative text and table say it.
 */
final class ChartDrawer extends BatikSVGDrawer {

    private static final OpenHtmlGvtFontFamily FAMILY = family();

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        super.importFontFaceRules(fontFaces, shared);
        fontResolver = new EmbeddedFont();
    }

    /** Every family a chart names resolves to Liberation Sans. */
    private static final class EmbeddedFont extends OpenHtmlFontResolver {

        @Override
        public GVTFontFamily resolve(String family) {
            return FAMILY;
        }

        @Override
        public GVTFontFamily resolve(String family, FontFace face) {
            return FAMILY;
        }

        @Override
        public GVTFontFamily getFamilyThatCanDisplay(char c) {
            return FAMILY;
        }

        @Override
        public GVTFontFamily getDefault() {
            return FAMILY;
        }
    }

    private static OpenHtmlGvtFontFamily family() {
        OpenHtmlGvtFontFamily family = new OpenHtmlGvtFontFamily(PdfFonts.FAMILY);
        try (InputStream regular = PdfFonts.regular(); InputStream bold = PdfFonts.bold()) {
            family.addFont(regular.readAllBytes(), 12, TextAttribute.WEIGHT_REGULAR, TextAttribute.POSTURE_REGULAR);
            family.addFont(bold.readAllBytes(), 12, TextAttribute.WEIGHT_BOLD, TextAttribute.POSTURE_REGULAR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Skriften for figurene kunne ikke leses", e);
        }
        return family;
    }
}
