package no.arsberetning.hr.suppression;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a cell is suppressed in the published rendition. */
public enum Cause {
    /** It counts fewer persons than the threshold (and more than none). */
    @JsonProperty("small-group") SMALL_GROUP("færre enn terskelen"),
    /** It would let a suppressed count be worked out from a total (complementary suppression). */
    @JsonProperty("complementary") COMPLEMENTARY("hindrer tilbakeregning"),
    /** It is computed from a suppressed count: an average, an FTE figure or a share. */
    @JsonProperty("derived") DERIVED("beregnet fra skjermet antall");

    private final String label;

    Cause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
