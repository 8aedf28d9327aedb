package no.arsberetning.hr.inspections;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an inspection concluded, with the Norwegian label used in the report. */
public enum Outcome {
    @JsonProperty("no-deviations") NO_DEVIATIONS("Ingen avvik eller pålegg"),
    @JsonProperty("deviations") DEVIATIONS("Avvik eller lovbrudd"),
    @JsonProperty("orders") ORDERS("Pålegg"),
    @JsonProperty("unknown") UNKNOWN("Ikke oppgitt");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when the municipality has something to follow up (kommuneloven § 25-2: report how). */
    public boolean needsFollowUp() {
        return this == DEVIATIONS || this == ORDERS;
    }
}
