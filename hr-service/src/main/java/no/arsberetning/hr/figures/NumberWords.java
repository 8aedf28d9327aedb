package no.arsberetning.hr.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.hr.tables.HrCells;

/**
 * Numbers in running Norwegian text: digits as {@link PrintedNumbers} reads them, and the small numbers
 * the print spells out («fem saker», «Et av varslene», «sju pålegg»).
 */
public final class NumberWords {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("null", 0), Map.entry("ingen", 0),
            Map.entry("en", 1), Map.entry("én", 1), Map.entry("ett", 1), Map.entry("et", 1), Map.entry("ei", 1),
            Map.entry("to", 2), Map.entry("tre", 3), Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6),
            Map.entry("sju", 7), Map.entry("syv", 7), Map.entry("åtte", 8), Map.entry("ni", 9), Map.entry("ti", 10),
            Map.entry("elleve", 11), Map.entry("tolv", 12));

    private NumberWords() {
    }

    /** The number a printed value states, or null («alle», «1-6», dates and periods are no single number). */
    public static BigDecimal parse(String printed) {
        String text = HrCells.plain(printed);
        PrintedNumbers.Parsed parsed = PrintedNumbers.parse(text);
        if (parsed.isNumber()) {
            return parsed.value();
        }
        Integer word = WORDS.get(text.toLowerCase(Locale.ROOT));
        return word == null ? null : BigDecimal.valueOf(word);
    }

    /** The count at the start of a phrase such as «sju pålegg» or «et pålegg»; 0 for «ingen … pålegg». */
    public static Integer leadingCount(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        String first = phrase.strip().split("\\s+")[0];
        BigDecimal value = parse(first);
        return value == null ? null : value.intValueExact();
    }
}
