package no.arsberetning.servicesgoals.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers in a printed sentence with the words around them: «økt til 82 dager», «minst to grupper»,
 * «1 058 personer». Digits follow Norwegian print (space-grouped thousands, decimal comma); small numbers
 * may be words («sju virkedager», «ingen»).
 */
final class Quantities {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("ingen", 0), Map.entry("en", 1),
            Map.entry("ett", 1), Map.entry("ei", 1), Map.entry("to", 2), Map.entry("tre", 3), Map.entry("fire", 4),
            Map.entry("fem", 5), Map.entry("seks", 6), Map.entry("sju", 7), Map.entry("syv", 7), Map.entry("åtte", 8),
            Map.entry("ni", 9), Map.entry("ti", 10), Map.entry("elleve", 11), Map.entry("tolv", 12));

    /** «en», «ett», «ei» are far more often articles than numbers; only read where a number is expected. */
    private static final Set<String> ARTICLES = Set.of("en", "ett", "ei");

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?<num>\\d{1,3}(?:[ \\u00a0]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|"
                    + String.join("|", WORDS.keySet()) + ")(?![\\p{L}\\d]|[.,]\\d)"
                    + "(?:\\s*(?<pct>%)|\\s+(?<unit>[\\p{L}][\\p{L}.-]*(?:\\s+[\\p{L}][\\p{L}-]*)?))?");

    private static final Pattern YEAR_PREPOSITION = Pattern.compile("(?:^|\\s)(i|fra|til|for|siden|mot|per|innen|høsten|våren|år|og|perioden)$");

    private Quantities() {
    }

    /**
     * A number in a text.
     *
     * @param unit the canonical unit ({@link Units}), null when none is named
     * @param before the text before the number in its clause (lower case)
     * @param word whether the number is written as a word («sju»)
     * @param year whether it reads as a year («i 2022», «2023,»)
     */
    record Quantity(BigDecimal value, String unit, String before, boolean word, boolean year, int start, String text) {
    }

    static List<Quantity> in(String clause) {
        return in(clause, false);
    }

    /**
     * @param bareWords whether number words count without a unit («minimum seks årlig») and as articles
     *                  («maksimum en måned»): true right after a word that announces a number
     */
    static List<Quantity> in(String clause, boolean bareWords) {
        String text = clause.toLowerCase(Locale.ROOT);
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            String number = m.group("num");
            boolean word = WORDS.containsKey(number);
            BigDecimal value = word ? BigDecimal.valueOf(WORDS.get(number))
                    : new BigDecimal(number.replaceAll("[ \\u00a0]", "").replace(',', '.'));
            String unitWords = m.group("pct") != null ? "%" : m.group("unit");
            String unit = Units.of(unitWords);
            String before = text.substring(0, m.start()).trim();
            boolean year = !word && number.matches("(19|20)\\d\\d")
                    && (YEAR_PREPOSITION.matcher(before).find() || unit == null);
            if (word && !bareWords && (ARTICLES.contains(number) || unit == null && !number.equals("ingen"))) {
                continue;
            }
            found.add(new Quantity(value, unit, before, word, year, m.start(), m.group()));
        }
        return found;
    }

    /** The first number of an expression like «minst to grupper»: {@code keyword} followed by a quantity. */
    static Quantity after(String text, String keywordRegex) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher k = Pattern.compile("(?:^|\\s|:)(?:" + keywordRegex + ")\\s+").matcher(lower);
        if (!k.find()) {
            return null;
        }
        List<Quantity> rest = in(lower.substring(k.end()), true);
        return rest.isEmpty() || rest.get(0).start() != 0 || rest.get(0).year() ? null : rest.get(0);
    }
}
