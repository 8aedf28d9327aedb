package no.arsberetning.gateway.reports.document;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The PDF's fonts. The text is set in Helvetica, one of the PDF base-14 fonts every reader has: its
 * WinAnsi encoding covers æ, ø, å, Æ, Ø, Å, the no-break space, the en dash, the bullet and the ellipsis.
 * It is registered by hand because in tagged (PDF/UA) mode openhtmltopdf offers no built-in fonts, and
 * under the generic family names too, so no CSS rule can ask for a font that is not there.
 *
 * <p>Glyphs WinAnsi lacks — the minus sign U+2212, the trend arrows ↑ ↓ of the climate tables — come from
 * Liberation Sans Regular (SIL Open Font License), which PDFBox ships inside its own jar as its last-resort
 * font; it is embedded as a subset, only with the glyphs used. Base-14 fonts are not embedded, so the PDF
 * is tagged but cannot claim PDF/A; an embedded regular and bold font in the repository would allow that.
 */
final class PdfFonts {

    /** Liberation Sans Regular inside PDFBox's jar (pdfbox 3.0.x). */
    static final String FALLBACK_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FALLBACK_FAMILY = "Liberation Sans";

    /** The family the stylesheet names first, and generic families as openhtmltopdf normalises them. */
    private static final List<String> FAMILIES = List.of("Helvetica", "Arial", "sans-serif", "SansSerif", "serif", "Serif",
            "monospace", "Monospaced", "Times", "Courier");

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        PDFontSupplier regular = supplier(FontName.HELVETICA);
        PDFontSupplier bold = supplier(FontName.HELVETICA_BOLD);
        PDFontSupplier italic = supplier(FontName.HELVETICA_OBLIQUE);
        PDFontSupplier boldItalic = supplier(FontName.HELVETICA_BOLD_OBLIQUE);
        for (String family : FAMILIES) {
            builder.useFont(regular, family, 400, FontStyle.NORMAL, false);
            builder.useFont(bold, family, 700, FontStyle.NORMAL, false);
            builder.useFont(italic, family, 400, FontStyle.ITALIC, false);
            builder.useFont(boldItalic, family, 700, FontStyle.ITALIC, false);
            builder.useFont(italic, family, 400, FontStyle.OBLIQUE, false);
            builder.useFont(boldItalic, family, 700, FontStyle.OBLIQUE, false);
        }
        if (hasFallback()) {
            builder.useFont(PdfFonts::fallback, FALLBACK_FAMILY, 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
        }
    }

    static boolean hasFallback() {
        return PDDocument.class.getResource(FALLBACK_RESOURCE) != null;
    }

    private static InputStream fallback() {
        return PDDocument.class.getResourceAsStream(FALLBACK_RESOURCE);
    }

    private static PDFontSupplier supplier(FontName name) {
        return new PDFontSupplier(new PDType1Font(name));
    }
}
