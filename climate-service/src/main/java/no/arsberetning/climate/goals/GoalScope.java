package no.arsberetning.climate.goals;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whose goal it is: the city's (Trondheim by) or the municipality's own organisation's (egen virksomhet). */
public enum GoalScope {
    @JsonProperty("city") CITY("city", "Hovedmål for Trondheim by"),
    @JsonProperty("organisation") ORGANISATION("organisation", "Hovedmål for egen virksomhet");

    public static final String CODES = "city|organisation";

    private final String code;
    private final String heading;

    GoalScope(String code, String heading) {
        this.code = code;
        this.heading = heading;
    }

    public String code() {
        return code;
    }

    /** The heading the printed goal table uses. */
    public String heading() {
        return heading;
    }

    public static GoalScope fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Ukjent omfang «" + code + "»."));
    }
}
