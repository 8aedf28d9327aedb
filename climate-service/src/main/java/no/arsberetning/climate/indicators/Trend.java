package no.arsberetning.climate.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An indicator's printed trend arrow: up (↑), down (↓), flat (→) — or none that can be read. */
public enum Trend {
    @JsonProperty("up") UP,
    @JsonProperty("down") DOWN,
    @JsonProperty("flat") FLAT,
    @JsonProperty("unknown") UNKNOWN;

    static Trend ofPrinted(String printed) {
        String text = printed == null ? "" : printed.trim();
        switch (text) {
            case "↑":
            case "↗":
            case "økende":
                return UP;
            case "↓":
            case "↘":
            case "synkende":
                return DOWN;
            case "→":
            case "↔":
            case "uendret":
                return FLAT;
            default:
                return UNKNOWN;
        }
    }
}
