package no.arsberetning.hr.inspections;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the follow-up of an inspection stands, with the Norwegian label used in the report. */
public enum FollowUpStatus {
    @JsonProperty("not-needed") NOT_NEEDED("Ikke nødvendig"),
    @JsonProperty("not-described") NOT_DESCRIBED("Ikke beskrevet"),
    @JsonProperty("in-progress") IN_PROGRESS("Under arbeid"),
    @JsonProperty("closed") CLOSED("Lukket");

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
