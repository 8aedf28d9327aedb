package no.arsberetning.servicesgoals.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Units as goals print them: percent, time (days, weeks, months, years — converted through days), and
 * otherwise the counted noun itself («790 flyktninger»), compared by its stem («gruppe»/«grupper»).
 */
final class Units {

    static final String PERCENT = "percent";
    static final String DAYS = "days";
    static final String WEEKS = "weeks";
    static final String MONTHS = "months";
    static final String YEARS = "years";

    private static final Map<String, BigDecimal> DAYS_PER = Map.of(
            DAYS, BigDecimal.ONE, WEEKS, BigDecimal.valueOf(7),
            MONTHS, new BigDecimal("30.4375"), YEARS, new BigDecimal("365.25"));

    /** Words after a number that are not its unit. */
    private static final Set<String> NOT_UNITS = Set.of("innen", "i", "per", "pr", "pr.", "hvert", "årlig", "av", "og",
            "eller", "til", "fra", "som", "for", "på", "med", "ved", "hvorav", "er", "var", "ble", "har", "hadde",
            "mot", "enn", "sammenlignet", "tilsvarende", "ca", "ca.", "gjennomført", "hver", "hvor", "siden");

    private Units() {
    }

    /**
     * The canonical unit of the words following a number: {@link #PERCENT}, a time unit, or the stems of the
     * counted words up to the first word that is not a unit («to grupper Aktiv i bedrift» → «grupp aktiv»);
     * null when they name none.
     */
    static String of(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        String[] parts = words.toLowerCase(Locale.ROOT).trim().split("\\s+");
        String time = time(parts[0]);
        if (time != null) {
            return time;
        }
        if (parts[0].equals("%") || parts[0].startsWith("prosent")) {
            return PERCENT;
        }
        StringBuilder stems = new StringBuilder();
        for (int i = 0; i < Math.min(2, parts.length) && !NOT_UNITS.contains(parts[i]); i++) {
            String stem = stem(parts[i]);
            if (stem != null) {
                stems.append(stems.length() == 0 ? "" : " ").append(stem);
            }
        }
        return stems.length() == 0 ? null : stems.toString();
    }

    static boolean isTime(String unit) {
        return unit != null && DAYS_PER.containsKey(unit);
    }

    /** Whether a result in {@code result} can be compared with an ambition in {@code ambition}. */
    static boolean compatible(String ambition, String result) {
        if (ambition == null) {
            return result == null || !result.equals(PERCENT) && !isTime(result);
        }
        if (result == null) {
            return false;
        }
        if (ambition.equals(result) || isTime(ambition) && isTime(result)) {
            return true;
        }
        if (ambition.equals(PERCENT) || result.equals(PERCENT) || isTime(ambition) || isTime(result)) {
            return false;
        }
        Set<String> counted = Set.of(ambition.split(" "));
        return Arrays.stream(result.split(" ")).anyMatch(counted::contains);
    }

    /** A value in {@code from} expressed in {@code to} (only time units convert). */
    static BigDecimal convert(BigDecimal value, String from, String to) {
        if (from == null || to == null || from.equals(to) || !isTime(from) || !isTime(to)) {
            return value;
        }
        return value.multiply(DAYS_PER.get(from)).divide(DAYS_PER.get(to), MathContext.DECIMAL64);
    }

    /** Norwegian label of a canonical unit, for messages. */
    static String label(String unit) {
        if (unit == null) {
            return "";
        }
        switch (unit) {
            case PERCENT:
                return "%";
            case DAYS:
                return "dager";
            case WEEKS:
                return "uker";
            case MONTHS:
                return "måneder";
            case YEARS:
                return "år";
            default:
                return unit;
        }
    }

    private static String time(String word) {
        String w = word.replaceAll("[^\\p{L}]", "");
        if (w.matches("(virke)?dag(er|ene|en)?|døgn|døgnet")) {
            return DAYS;
        }
        if (w.matches("uke(r|ne|n)?")) {
            return WEEKS;
        }
        if (w.matches("måned(er|ene|en)?|mnd")) {
            return MONTHS;
        }
        if (w.matches("år(et|ene)?")) {
            return YEARS;
        }
        return null;
    }

    private static String stem(String word) {
        String w = word.replaceAll("[^\\p{L}]", "");
        for (String suffix : new String[] {"ene", "er", "en", "et", "e", "r"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w.isEmpty() ? null : w;
    }
}
