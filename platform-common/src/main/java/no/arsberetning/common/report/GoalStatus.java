package no.arsberetning.common.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Goal achievement (brief § 6), with the Norwegian label used in the report. */
public enum GoalStatus {
    @JsonProperty("reached") REACHED("Nådd"),
    @JsonProperty("largely-reached") LARGELY_REACHED("I stor grad nådd"),
    @JsonProperty("partly-reached") PARTLY_REACHED("Delvis nådd"),
    @JsonProperty("not-reached") NOT_REACHED("Ikke nådd"),
    @JsonProperty("not-measurable") NOT_MEASURABLE("Ikke målbart"),
    @JsonProperty("not-assessed") NOT_ASSESSED("Ikke vurdert");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
