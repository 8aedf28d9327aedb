package no.arsberetning.gateway.reports.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How wide a text is set in the PDF's font ({@link PdfFonts}), in em: the advance widths of the font's own
 * glyphs, read once per process for the Basic Multilingual Plane. Thread-safe.
 */
final class TextWidths {

    static final TextWidths REGULAR = new TextWidths(PdfFonts.regular());
    static final TextWidths BOLD = new TextWidths(PdfFonts.bold());

    private final float[] widths = new float[0x10000];
    private final float fallback;

    private TextWidths(InputStream font) {
        try (InputStream in = font; TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float unitsPerEm = ttf.getUnitsPerEm();
            float widest = 0;
            for (int c = 0; c < widths.length; c++) {
                int glyph = cmap.getGlyphId(c);
                widths[c] = glyph == 0 ? -1 : ttf.getAdvanceWidth(glyph) / unitsPerEm;
                widest = Math.max(widest, widths[c]);
            }
            fallback = widest;
        } catch (IOException e) {
            throw new UncheckedIOException("Skriften kunne ikke leses", e);
        }
    }

    /** The width of {@code text} in em; a character the font lacks counts as its widest glyph. */
    float of(CharSequence text) {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += widths[c] < 0 ? fallback : widths[c];
        }
        return width;
    }
}
