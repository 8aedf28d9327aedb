package no.arsberetning.servicesgoals.keyfigures;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a key-figure column's printed header says: the entity and the period. «Trondheim 2022» → Trondheim,
 * 2022; «Stavange r 2023» (a word broken in print) → Stavanger, 2023; «ASSS gjennomsnit t 2023» → ASSS
 * gjennomsnitt, 2023; «2021» → the municipality, 2021. A header without a year is no figure column.
 */
record ColumnHeader(String entity, String period) {

    static final String ASSS = "ASSS gjennomsnitt";

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}) (\\p{Ll}{1,2})(?=\\s|$)");

    static Optional<ColumnHeader> of(String label, String municipality) {
        String text = label == null ? "" : label.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ");
        Matcher year = YEAR.matcher(text);
        if (!year.find()) {
            return Optional.empty();
        }
        String rest = (text.substring(0, year.start()) + " " + text.substring(year.end())).trim().replaceAll("\\s+", " ");
        rest = BROKEN_WORD.matcher(rest).replaceAll("$1$2");
        if (rest.isEmpty()) {
            return Optional.of(new ColumnHeader(municipality, year.group(1)));
        }
        if (rest.toLowerCase(Locale.ROOT).startsWith("asss")) {
            return Optional.of(new ColumnHeader(ASSS, year.group(1)));
        }
        return Optional.of(new ColumnHeader(rest, year.group(1)));
    }
}
