package no.arsberetning.keyfigures.imports;

import java.math.BigDecimal;

/** Reads a JSON number's text as an exact decimal without building a BigDecimal when it fits in a long. */
final class Decimals {

    private static final int MAX_DIGITS = 18;

    private Decimals() {
    }

    /** Writes the number at the position: as unscaled long and scale when it fits, else as a BigDecimal. */
    static void spill(String text, int position, CellRecords.Writer out) {
        long unscaled = 0;
        int scale = 0;
        int digits = 0;
        boolean fraction = false;
        int i = 0;
        boolean negative = text.charAt(0) == '-';
        if (negative) {
            i = 1;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_DIGITS) {
                    out.value(position, new BigDecimal(text));
                    return;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (fraction) {
                    scale++;
                }
            } else if (c == '.' && !fraction) {
                fraction = true;
            } else {
                out.value(position, new BigDecimal(text));
                return;
            }
        }
        out.value(position, negative ? -unscaled : unscaled, scale);
    }
}
