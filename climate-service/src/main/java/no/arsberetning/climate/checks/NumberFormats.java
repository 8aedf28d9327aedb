package no.arsberetning.climate.checks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.climate.printed.Measure;

/**
 * Printed numbers that are read, but not written the Norwegian way: a decimal point where print uses a
 * decimal comma («738.8 GWh» for «738,8 GWh»). Such a number may be a transcription or typing slip — or a
 * thousands separator someone meant — so it is pointed out with the reading taken.
 */
final class NumberFormats {

    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d.,])(\\d+)\\.(\\d+)(?![\\d.,])");

    private NumberFormats() {
    }

    /** The Norwegian way of writing a value that was printed with a decimal point, if it was. */
    static Optional<String> decimalPointFixed(Measure value) {
        if (!value.isNumber() || value.value().scale() <= 0 || value.text().contains(",")) {
            return Optional.empty();
        }
        Matcher m = DECIMAL_POINT.matcher(value.text());
        return m.find() ? Optional.of(m.replaceFirst("$1,$2")) : Optional.empty();
    }
}
