package no.arsberetning.servicesgoals.goals;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A printed result with the number read from it, where one can be read for the indicator's ambition.
 *
 * @param value the number: a level («57,5 dager») or, for a change ambition, the change («økning på 22,5
 *              prosent»); null when none can be read
 * @param unit the number's canonical unit ({@link Units})
 * @param basis whether {@code value} is a level or a change
 * @param matched the words the number was read from, for people to check
 * @param source whether the number was read from the printed text or given by the reporter
 */
public record Reading(String printed, BigDecimal value, String unit, Basis basis, String matched, Source source) {

    public enum Basis {
        @JsonProperty("level") LEVEL,
        @JsonProperty("change") CHANGE
    }

    public enum Source {
        @JsonProperty("read-from-text") READ_FROM_TEXT,
        @JsonProperty("reported") REPORTED
    }

    static Reading text(String printed) {
        return new Reading(printed, null, null, null, null, null);
    }

    public boolean hasValue() {
        return value != null;
    }
}
