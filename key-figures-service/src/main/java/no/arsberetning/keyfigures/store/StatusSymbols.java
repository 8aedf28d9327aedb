package no.arsberetning.keyfigures.store;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Statistics Norway's standard signs in tables («Standardtegn i tabeller»), as the files give them in
 * {@code status}: what each means in Norwegian, and the value a sign stands for where it stands for one ({@code -}
 * is zero).
 */
public final class StatusSymbols {

    private static final Map<String, String> MEANING = Map.of(
            ".", "Ikke mulig å oppgi tall",
            "..", "Tallgrunnlag mangler",
            "...", "Oppgave mangler",
            ":", "Vises ikke av konfidensialitetshensyn",
            "-", "Null",
            "*", "Foreløpige tall");

    private StatusSymbols() {
    }

    /** What the sign means, in Norwegian; the sign itself when it is not one of the standard signs; null for none. */
    public static String meaning(String symbol) {
        return symbol == null ? null : MEANING.getOrDefault(symbol.trim(), symbol);
    }

    /** The value a cell stands for: its own, or zero for {@code -} (nil); null when the sign says why there is none. */
    public static BigDecimal effectiveValue(BigDecimal value, String symbol) {
        if (value != null) {
            return value;
        }
        return symbol != null && symbol.trim().equals("-") ? BigDecimal.ZERO : null;
    }
}
