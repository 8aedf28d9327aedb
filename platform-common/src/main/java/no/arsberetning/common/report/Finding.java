package no.arsberetning.common.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A consistency finding (brief § 9), naming the printed tables and the areas it concerns, with what was
 * expected and what was found.
 */
public record Finding(
        String rule,
        Severity severity,
        List<String> tables,
        List<String> areas,
        String message,
        String expected,
        String actual) {

    public enum Severity {
        @JsonProperty("error") ERROR,
        @JsonProperty("warning") WARNING,
        @JsonProperty("info") INFO
    }
}
