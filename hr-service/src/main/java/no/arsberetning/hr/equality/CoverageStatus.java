package no.arsberetning.hr.equality;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far the year's data covers a requirement of the gender-equality statement. */
public enum CoverageStatus {
    @JsonProperty("covered") COVERED("Dekket"),
    @JsonProperty("partial") PARTIAL("Delvis dekket"),
    @JsonProperty("missing") MISSING("Mangler"),
    /** Not covered, but an every-second-year item done the year before: not required this year. */
    @JsonProperty("not-due") NOT_DUE("Ikke påkrevd i år");

    private final String label;

    CoverageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
