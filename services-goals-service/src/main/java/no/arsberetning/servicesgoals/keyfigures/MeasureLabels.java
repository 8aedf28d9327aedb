package no.arsberetning.servicesgoals.keyfigures;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a measure's printed name says about its unit and basis («…per innbygger 1-5 år, kr»). */
final class MeasureLabels {

    private static final Pattern BASIS = Pattern.compile("(?:\\bper|\\bpr\\.?|i prosent av)\\s+([^,(*]+)");

    private MeasureLabels() {
    }

    /** The unit the name states, or null. */
    static String unit(String label) {
        String text = label.toLowerCase(Locale.ROOT);
        if (text.contains("millioner kroner") || text.contains("mill. kr")) {
            return "MNOK";
        }
        if (text.contains("prosent") || text.contains("%")) {
            return "percent";
        }
        if (text.matches(".*(\\(kroner\\)|\\(kr\\)|, kr\\b|\\bkr$|\\bkroner\\b).*")) {
            return "NOK";
        }
        if (text.matches(".*\\btonn\\b.*")) {
            return "tonnes";
        }
        if (text.contains("(antall)") || text.startsWith("antall")) {
            return "count";
        }
        return null;
    }

    /** What the measure is counted per, or null. */
    static String basis(String label) {
        Matcher m = BASIS.matcher(label.replaceAll("<[^>]*>", ""));
        return m.find() ? m.group(1).trim() : null;
    }

    /** The source a table's caption names («… Kilde: SSB/KOSTRA.» → «SSB/KOSTRA»), or null. */
    static String source(String caption) {
        if (caption == null) {
            return null;
        }
        Matcher m = Pattern.compile("Kilde:\\s*(.+?)\\.?\\s*$").matcher(caption.trim());
        return m.find() ? m.group(1).trim() : null;
    }
}
