package no.arsberetning.gateway.reports.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import no.arsberetning.common.numbers.PrintedNumbers;

/**
 * Numbers and dates the way a Norwegian reader expects them where the report formats them itself (the
 * printed texts of cells are shown as printed): {@code 1 982,2} with U+00A0, a real minus U+2212, and
 * {@code 27. mars 2024 kl. 14.05} in Norwegian time.
 */
final class NorwegianFormat {

    static final char MINUS = '\u2212';
    static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", BOKMAL).withZone(OSLO);

    private NorwegianFormat() {
    }

    /** {@code -1982.2} → {@code "−1 982,2"}; null → {@code ""}. */
    static String number(BigDecimal value) {
        String text = PrintedNumbers.format(value);
        return text.startsWith("-") ? MINUS + text.substring(1) : text;
    }

    static String count(long n) {
        return number(BigDecimal.valueOf(n));
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
