package no.arsberetning.common.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text encoding of an uploaded CSV file, detected from its bytes and said in the import's result.
 *
 * <p>Norwegian Excel saves «CSV (semikolondelt)» as Windows-1252 and «CSV UTF-8» as UTF-8 with a byte order
 * mark; other programs write UTF-8 without one. Detection: a UTF-8 byte order mark means UTF-8; otherwise a file
 * that decodes as strict UTF-8 is UTF-8 (plain ASCII included); otherwise Windows-1252. That is reliable for
 * Norwegian text: every Windows-1252 letter outside ASCII ({@code æøåÆØÅé…}, bytes 0xC0–0xFF) is a UTF-8 lead byte
 * that must be followed by continuation bytes (0x80–0xBF), which a letter, digit, space or separator never is.
 * UTF-16 (Excel's «Unicode-tekst»), a NUL byte (a binary file) and the five bytes Windows-1252 leaves undefined are
 * refused with a message saying how to save the file.
 */
public enum TextEncoding {

    UTF_8("UTF-8"),
    UTF_8_WITH_BOM("UTF-8 med BOM"),
    WINDOWS_1252("Windows-1252");

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String SAVE_AS = "Lagre den i Excel som «CSV UTF-8 (kommadelt)» eller «CSV (semikolondelt)» og prøv igjen.";

    private final String label;

    TextEncoding(String label) {
        this.label = label;
    }

    /** The name people read: {@code "UTF-8"}, {@code "UTF-8 med BOM"}, {@code "Windows-1252"}. */
    public String label() {
        return label;
    }

    /** The text of {@code content} and how it was encoded; a byte order mark is not part of the text. */
    static Decoded decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            String text = strict(StandardCharsets.UTF_8, content, 3);
            if (text == null) {
                throw new TabularFileException("Filen begynner som UTF-8, men har tegn som ikke er gyldig UTF-8. " + SAVE_AS);
            }
            return new Decoded(text, UTF_8_WITH_BOM);
        }
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            throw new TabularFileException("Filen er lagret som UTF-16 («Unicode-tekst»). " + SAVE_AS);
        }
        for (byte b : content) {
            if (b == 0) {
                throw new TabularFileException("Filen er ikke en tekstfil (CSV). " + SAVE_AS);
            }
        }
        String utf8 = strict(StandardCharsets.UTF_8, content, 0);
        if (utf8 != null) {
            return new Decoded(utf8, UTF_8);
        }
        String cp1252 = strict(CP1252, content, 0);
        if (cp1252 == null) {
            throw new TabularFileException("Filen er verken UTF-8 eller Windows-1252. " + SAVE_AS);
        }
        return new Decoded(cp1252, WINDOWS_1252);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The decoded text, or null when a byte is not valid in {@code charset}. */
    private static String strict(Charset charset, byte[] content, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    record Decoded(String text, TextEncoding encoding) {
    }
}
