package no.arsberetning.common.numbers;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in running Norwegian text: digits as {@link PrintedNumbers} reads them, and the small numbers the
 * print spells out («fem saker», «Et av varslene», «sju pålegg», «åtte pågående prosjekter»). Also tells
 * whether a sentence states its number loosely («om lag 500», «drøye 900», «~ 100 prosent»).
 */
public final class NumberWords {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("null", 0), Map.entry("ingen", 0),
            Map.entry("en", 1), Map.entry("én", 1), Map.entry("ett", 1), Map.entry("et", 1), Map.entry("ei", 1),
            Map.entry("to", 2), Map.entry("tre", 3), Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6),
            Map.entry("sju", 7), Map.entry("syv", 7), Map.entry("åtte", 8), Map.entry("ni", 9), Map.entry("ti", 10),
            Map.entry("elleve", 11), Map.entry("tolv", 12), Map.entry("tretten", 13), Map.entry("fjorten", 14),
            Map.entry("femten", 15), Map.entry("seksten", 16), Map.entry("sytten", 17), Map.entry("atten", 18),
            Map.entry("nitten", 19), Map.entry("tjue", 20));

    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?iU)(~|\\b(om lag|omtrent|rundt|cirka|ca\\.|vel|i overkant av|drøye|drøyt|knapt|snaut|nesten)\\b)");

    private NumberWords() {
    }

    /** The number a printed value states («1,45», «2 052», «-2,6», «<b>11 375</b>», «åtte», «Et»), if it states one. */
    public static Optional<BigDecimal> read(String printed) {
        String text = plain(printed);
        PrintedNumbers.Parsed parsed = PrintedNumbers.parse(text);
        if (parsed.isNumber()) {
            return Optional.of(parsed.value());
        }
        return Optional.ofNullable(WORDS.get(text.toLowerCase(Locale.ROOT))).map(BigDecimal::valueOf);
    }

    /** The count at the start of a phrase such as «sju pålegg» or «et pålegg»; 0 for «ingen … pålegg»; null if none. */
    public static Integer leadingCount(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        return read(phrase.strip().split("\\s+")[0]).map(BigDecimal::intValueExact).orElse(null);
    }

    /** True when the text states its number loosely: «om lag», «vel», «i overkant av», «drøye», «~», … */
    public static boolean approximate(String text) {
        return text != null && APPROXIMATE.matcher(text).find();
    }

    /**
     * The number a value states loosely, where it is not a number as printed: «~ 100 prosent» and «ca. 50 %» give
     * 100 and 50 (the marker first, the number next, a unit after it); empty for anything else.
     */
    public static Optional<BigDecimal> loose(String printed) {
        String text = plain(printed);
        Matcher marker = APPROXIMATE.matcher(text);
        if (!marker.find() || !text.substring(0, marker.start()).isBlank()) {
            return Optional.empty();
        }
        return PrintedNumbers.leading(text.substring(marker.end()));
    }

    private static String plain(String printed) {
        return printed == null ? "" : MARKUP.matcher(printed).replaceAll("").replace('\u00a0', ' ').strip();
    }
}
