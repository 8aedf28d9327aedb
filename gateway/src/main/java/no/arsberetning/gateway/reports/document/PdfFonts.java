package no.arsberetning.gateway.reports.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF's font: Liberation Sans 2.1 (SIL Open Font License, {@code resources/fonts/OFL.txt}), shipped with the
 * gateway and embedded in every PDF as a subset of the glyphs used — PDF/UA and PDF/A want every font embedded,
 * and a reader's own Helvetica may lack the minus sign U+2212 and the trend arrows ↑ ↓. It has the Norwegian
 * letters and the metrics of Helvetica and Arial, so the layout is the one the stylesheet was written for.
 * Regular, bold, italic and bold italic are registered under every family name the stylesheet and the charts
 * use and under the generic families, so no text can fall back to a font that is not embedded; each face is
 * embedded once however many of those names reach it. The font files are read once per process, without their
 * glyph substitutions ({@link #withoutTable}).
 */
final class PdfFonts {

    static final String FAMILY = "Liberation Sans";

    /** The families the stylesheet and the charts name, and generic families as openhtmltopdf normalises them. */
    private static final List<String> FAMILIES = List.of(FAMILY, "Helvetica", "Arial", "sans-serif", "SansSerif", "serif", "Serif",
            "monospace", "Monospaced", "Times", "Courier", "Dialog");

    private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("LiberationSans-Bold.ttf");
    private static final byte[] ITALIC = font("LiberationSans-Italic.ttf");
    private static final byte[] BOLD_ITALIC = font("LiberationSans-BoldItalic.ttf");

    private PdfFonts() {
    }

    /**
     * Registers the four faces for {@code document}, each under every family name. A face is loaded into the
     * document when the layout first asks for it, and once only: every family name of a face shares one embedded
     * font, instead of one embedded copy per family name the stylesheet happens to reach.
     */
    static void register(PdfRendererBuilder builder, PDDocument document) {
        Face regular = new Face(document, REGULAR);
        Face bold = new Face(document, BOLD);
        Face italic = new Face(document, ITALIC);
        Face boldItalic = new Face(document, BOLD_ITALIC);
        for (String family : FAMILIES) {
            builder.useFont(regular, family, 400, FontStyle.NORMAL, true);
            builder.useFont(bold, family, 700, FontStyle.NORMAL, true);
            builder.useFont(italic, family, 400, FontStyle.ITALIC, true);
            builder.useFont(boldItalic, family, 700, FontStyle.ITALIC, true);
            builder.useFont(italic, family, 400, FontStyle.OBLIQUE, true);
            builder.useFont(boldItalic, family, 700, FontStyle.OBLIQUE, true);
        }
    }

    /** The regular face, for measuring text (see {@link WideTables}). */
    static InputStream regular() {
        return stream(REGULAR);
    }

    /** The bold face, for measuring headers and totals. */
    static InputStream bold() {
        return stream(BOLD);
    }

    /** One face of one document: embedded as a subset of the glyphs used, loaded on first use. */
    private static final class Face extends PDFontSupplier {

        private final PDDocument document;
        private final byte[] font;
        private PDFont loaded;

        Face(PDDocument document, byte[] font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, stream(font), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Skriften kunne ikke legges inn i PDF-en", e);
                }
            }
            return loaded;
        }
    }

    private static InputStream stream(byte[] font) {
        return new ByteArrayInputStream(font);
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Mangler skriften fonts/" + file + " på klassestien");
            }
            return withoutTable(in.readAllBytes(), "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with one table dropped from its table directory (the table's bytes stay, unreferenced).
     *
     * <p>Workaround for a measured cost: PDFBox (3.0.3 to 3.0.8, {@code GsubWorkerForLatin}) applies a TrueType font's
     * glyph substitutions (GSUB: ccmp, liga, clig) to every word it writes, building a regular expression of all the
     * font's substitutable glyphs for each word; with Liberation Sans that made the demo report's PDF about ten
     * times slower than with the base-14 Helvetica before (bench/README.md). The report needs no ligatures, and
     * openhtmltopdf lays text out by the unsubstituted glyph widths anyway. The embedded subset never contained the
     * table, so the PDF is otherwise the same. {@code PdfFontsTests} checks that the shipped files still have the
     * table and the fonts the PDF uses do not.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        ByteArrayOutputStream directory = new ByteArrayOutputStream(tables * 16);
        int kept = 0;
        for (int t = 0; t < tables; t++) {
            int record = 12 + 16 * t;
            if (!tag.equals(new String(font, record, 4, StandardCharsets.US_ASCII))) {
                directory.write(font, record, 16);
                kept++;
            }
        }
        if (kept == tables) {
            return font;
        }
        byte[] out = font.clone();
        ByteBuffer.wrap(out).putShort(4, (short) kept);
        System.arraycopy(directory.toByteArray(), 0, out, 12, kept * 16);
        Arrays.fill(out, 12 + kept * 16, 12 + tables * 16, (byte) 0);
        return out;
    }
}
