package no.arsberetning.keyfigures.tables;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a printed key-figure column heading names: who and which year. «Trondheim 2022» is a municipality and a
 * year; «ASSS gjennomsnit t 2023» (a word broken in print) the ASSS group's mean; «2023» alone the municipality
 * using the platform. A heading without a year names no figure.
 */
record ColumnHeading(String who, int year, boolean asss) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}) (\\p{Ll}{1,2})(?=\\s|$)");

    static Optional<ColumnHeading> of(String label) {
        String text = label == null ? "" : label.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ");
        Matcher year = YEAR.matcher(text);
        if (!year.find()) {
            return Optional.empty();
        }
        String who = BROKEN_WORD.matcher((text.substring(0, year.start()) + " " + text.substring(year.end())).trim()).replaceAll("$1$2");
        return Optional.of(new ColumnHeading(who, Integer.parseInt(year.group(1)), who.toLowerCase(Locale.ROOT).startsWith("asss")));
    }
}
