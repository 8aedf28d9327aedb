package no.arsberetning.climate.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Counts written as Norwegian words, as running text prints small numbers («Fire prosjekter», «åtte»). */
final class NumberWords {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("null", 0), Map.entry("én", 1), Map.entry("en", 1), Map.entry("ett", 1), Map.entry("ei", 1),
            Map.entry("to", 2), Map.entry("tre", 3), Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6),
            Map.entry("sju", 7), Map.entry("syv", 7), Map.entry("åtte", 8), Map.entry("ni", 9), Map.entry("ti", 10),
            Map.entry("elleve", 11), Map.entry("tolv", 12));

    private NumberWords() {
    }

    static Optional<BigDecimal> read(String word) {
        Integer n = word == null ? null : WORDS.get(word.trim().toLowerCase(Locale.ROOT));
        return Optional.ofNullable(n).map(BigDecimal::valueOf);
    }
}
