package no.arsberetning.climate.goals;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a goal's latest actual value comes from: the emission trajectory (the goals on direct emissions
 * compared with the trajectory's reference year), or the number in the goal's own status/indicator text
 * («10,1 prosent per 2023»).
 */
public enum ActualSource {
    @JsonProperty("trajectory") TRAJECTORY("trajectory"),
    @JsonProperty("status-indicator") STATUS_INDICATOR("status-indicator");

    public static final String CODES = "trajectory|status-indicator";

    private final String code;

    ActualSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ActualSource fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Ukjent kilde «" + code + "»."));
    }
}
