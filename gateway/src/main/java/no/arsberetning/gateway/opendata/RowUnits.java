package no.arsberetning.gateway.opendata;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The unit a row's label states, for a row whose cells carry none (a key-figure table mixes kroner, percent and
 * counts row by row, and says so in each label): "…, kr" and "(kr)" are kroner, "prosent", "%" and a share
 * ("Andel …") are percent, "i tonn" tonnes, "uker" weeks, "dager" days, "Antall …" a count. Nothing stated: null.
 */
final class RowUnits {

    private static final Pattern PERCENT = Pattern.compile("%|\\bprosent\\b|^andel\\b");
    private static final Pattern KRONER = Pattern.compile("\\bkr\\b\\.?|\\bkroner\\b");
    private static final Pattern TONNES = Pattern.compile("\\btonn\\b");
    private static final Pattern WEEKS = Pattern.compile("\\buker\\b");
    private static final Pattern DAYS = Pattern.compile("\\bdager\\b");
    private static final Pattern COUNT = Pattern.compile("^antall\\b");

    private RowUnits() {
    }

    /** The unit code ("percent", "NOK", "tonnes", "weeks", "days", "count") the label states, or null. */
    static String of(String label) {
        String text = label == null ? "" : label.toLowerCase(Locale.ROOT).strip();
        if (PERCENT.matcher(text).find()) {
            return "percent";
        }
        if (KRONER.matcher(text).find()) {
            return "NOK";
        }
        if (TONNES.matcher(text).find()) {
            return "tonnes";
        }
        if (WEEKS.matcher(text).find()) {
            return "weeks";
        }
        if (DAYS.matcher(text).find()) {
            return "days";
        }
        return COUNT.matcher(text).find() ? "count" : null;
    }
}
