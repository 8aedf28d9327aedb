package no.arsberetning.common.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a section is in the reporting cycle (brief § 5), with its Norwegian label. */
public enum SectionStatus {
    @JsonProperty("draft") DRAFT("Utkast"),
    @JsonProperty("submitted") SUBMITTED("Sendt inn"),
    @JsonProperty("approved") APPROVED("Godkjent"),
    @JsonProperty("returned") RETURNED("Returnert");

    private final String label;

    SectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Data may be changed in a draft or a returned section; submitted and approved sections are frozen. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
