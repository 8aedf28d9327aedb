package no.arsberetning.common.problem;

import java.math.BigDecimal;
import java.math.RoundingMode;

import no.arsberetning.common.numbers.PrintedNumbers;

/** A size in bytes as people read it: {@code "10 MB"}, {@code "1,5 MB"}, {@code "4 kB"}, {@code "512 byte"}. */
final class Sizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private Sizes() {
    }

    /** MB and kB count 1024 as browsers, Excel and file managers do; at most one decimal, Norwegian comma. */
    static String readable(long bytes) {
        if (bytes >= MB) {
            return scaled(bytes, MB) + " MB";
        }
        if (bytes >= KB) {
            return scaled(bytes, KB) + " kB";
        }
        return bytes + " byte";
    }

    private static String scaled(long bytes, long unit) {
        return PrintedNumbers.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.DOWN)
                .stripTrailingZeros());
    }
}
