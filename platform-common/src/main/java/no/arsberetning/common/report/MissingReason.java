package no.arsberetning.common.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a value is missing (brief § 6). */
public enum MissingReason {
    @JsonProperty("not-available-yet") NOT_AVAILABLE_YET,
    @JsonProperty("not-applicable") NOT_APPLICABLE,
    @JsonProperty("not-reported") NOT_REPORTED,
    @JsonProperty("zero") ZERO,
    /** Hidden in what the public reads because it could identify a person (small groups). */
    @JsonProperty("suppressed") SUPPRESSED
}
