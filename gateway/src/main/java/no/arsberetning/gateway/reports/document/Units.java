package no.arsberetning.gateway.reports.document;

import java.util.Locale;
import java.util.Map;

import no.arsberetning.common.report.MissingReason;

/** Norwegian words for the platform's unit codes and missing-value reasons (the report document and the open data). */
public final class Units {

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("nok", "kroner"),
            Map.entry("tnok", "tusen kroner"),
            Map.entry("mnok", "millioner kroner"),
            Map.entry("bnok", "milliarder kroner"),
            Map.entry("percent", "prosent"),
            Map.entry("count", "antall"),
            Map.entry("fte", "årsverk"),
            Map.entry("weeks", "uker"),
            Map.entry("days", "dager"),
            Map.entry("years", "år"),
            Map.entry("tonnes", "tonn"),
            Map.entry("tonnes-co2e", "tonn CO₂-ekvivalenter"));

    private Units() {
    }

    /** "MNOK" → "millioner kroner"; an unknown unit as given; "mixed" or blank → null. */
    public static String label(String unit) {
        if (unit == null || unit.isBlank() || unit.equalsIgnoreCase("mixed")) {
            return null;
        }
        return UNITS.getOrDefault(unit.toLowerCase(Locale.ROOT), unit);
    }

    /** "Ikke tilgjengelig ennå" for NOT_AVAILABLE_YET and so on; null for null. */
    public static String reason(MissingReason reason) {
        if (reason == null) {
            return null;
        }
        switch (reason) {
            case ZERO:
                return "Null";
            case NOT_AVAILABLE_YET:
                return "Ikke tilgjengelig ennå";
            case NOT_APPLICABLE:
                return "Ikke relevant";
            case NOT_REPORTED:
                return "Ikke rapportert";
            case SUPPRESSED:
                return "Skjult av personvernhensyn";
            default:
                return null;
        }
    }

    /** The code the JSON uses: NOT_AVAILABLE_YET → "not-available-yet". */
    static String reasonCode(MissingReason reason) {
        return reason == null ? null : reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
