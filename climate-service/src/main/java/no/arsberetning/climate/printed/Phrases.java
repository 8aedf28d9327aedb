package no.arsberetning.climate.printed;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers stated inside printed sentences: «redusert med 30 prosent», «20 prosent kutt per 2022»,
 * «3,5 TWh i 2013». Only a number followed by a unit counts as a measure, so the years in a sentence
 * («I 2023 er …») are never mistaken for one; the number itself is read by {@link Measure#of}.
 */
public final class Phrases {

    private static final Pattern MEASURE = Pattern.compile(
            "(?<![\\d,.])[-+\\u2212\\u2013]?\\s?\\d+(?:[ \\u00A0\\u202F]\\d{3})*(?:[.,]\\d+)?"
                    + "[ \\u00A0\\u202F]?(?:%|prosent|[kMGT]Wh|tonn)(?![\\p{L}])");
    private static final Pattern YEAR_AFTER = Pattern.compile("\\b(?:per|i|innen|til)\\s+((?:19|20)\\d{2})\\b");

    private Phrases() {
    }

    /** The first number with a unit in a sentence (markup ignored), read exactly as printed. */
    public static Optional<Measure> firstMeasure(String sentence) {
        if (sentence == null) {
            return Optional.empty();
        }
        Matcher m = MEASURE.matcher(Markup.plain(sentence));
        if (!m.find()) {
            return Optional.empty();
        }
        Measure measure = Measure.of(m.group().trim(), null);
        return measure.isNumber() ? Optional.of(measure) : Optional.empty();
    }

    /** The year a value is stated for: «per 2022», «i 2013». */
    public static Optional<Integer> yearStated(String sentence) {
        if (sentence == null) {
            return Optional.empty();
        }
        Matcher m = YEAR_AFTER.matcher(Markup.plain(sentence));
        return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }
}
