package no.arsberetning.climate.goals;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonProperty;

import no.arsberetning.common.report.GoalStatus;

/**
 * The climate budget's traffic light, as the chapter reports a goal's status (green, yellow, red) or
 * gives none. The report document carries goal status in the platform's common scale ({@link GoalStatus}):
 * green is reached, yellow partly reached, red not reached.
 */
public enum ClimateStatus {
    @JsonProperty("green") GREEN("green", "Grønn", GoalStatus.REACHED),
    @JsonProperty("yellow") YELLOW("yellow", "Gul", GoalStatus.PARTLY_REACHED),
    @JsonProperty("red") RED("red", "Rød", GoalStatus.NOT_REACHED),
    @JsonProperty("not-assessed") NOT_ASSESSED("not-assessed", "Ikke vurdert", GoalStatus.NOT_ASSESSED);

    /** The codes a request may use, for validation messages. */
    public static final String CODES = "green|yellow|red|not-assessed";

    private final String code;
    private final String label;
    private final GoalStatus goalStatus;

    ClimateStatus(String code, String label, GoalStatus goalStatus) {
        this.code = code;
        this.label = label;
        this.goalStatus = goalStatus;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public GoalStatus goalStatus() {
        return goalStatus;
    }

    public static ClimateStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Ukjent status «" + code + "»."));
    }
}
