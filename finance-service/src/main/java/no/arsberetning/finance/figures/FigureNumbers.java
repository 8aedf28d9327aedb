package no.arsberetning.finance.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import no.arsberetning.common.numbers.PrintedNumbers;

/**
 * Reads the number a figure in running text states. Running text writes small numbers as words
 * ("fem prosent", "to millioner"), so besides printed numbers ({@link PrintedNumbers}) the words for
 * 0–12 are read. It also tells whether the text states the number loosely ("om lag 500", "drøye 900").
 */
public final class FigureNumbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("null", 0), Map.entry("en", 1), Map.entry("ett", 1), Map.entry("én", 1), Map.entry("to", 2),
            Map.entry("tre", 3), Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6), Map.entry("sju", 7),
            Map.entry("syv", 7), Map.entry("åtte", 8), Map.entry("ni", 9), Map.entry("ti", 10), Map.entry("elleve", 11),
            Map.entry("tolv", 12));

    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?iU)\\b(om lag|omtrent|rundt|cirka|ca\\.|vel|i overkant av|drøye|drøyt|knapt|snaut|nesten)\\b");

    private FigureNumbers() {
    }

    /** The number a printed value states ("1,45", "2 052", "-2,6", "åtte"), if it states one. */
    public static Optional<BigDecimal> read(String printedValue) {
        PrintedNumbers.Parsed parsed = PrintedNumbers.parse(printedValue);
        if (parsed.isNumber()) {
            return Optional.of(parsed.value());
        }
        String word = printedValue == null ? "" : printedValue.trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(WORDS.get(word)).map(BigDecimal::valueOf);
    }

    /** True when the sentence states the number loosely: "om lag", "vel", "i overkant av", "drøye", … */
    public static boolean approximate(String sentence) {
        return sentence != null && APPROXIMATE.matcher(sentence).find();
    }
}
