package no.arsberetning.servicesgoals.goals;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An indicator's ambition as structured data, read from the printed ambition where that is possible
 * (the printed text is always kept; {@code kind} is null when the text states no measurable ambition,
 * e.g. «resultat på landsgjennomsnittet»).
 *
 * @param value the target level, the change (signed: a reduction is negative), or null for a direction
 * @param unit canonical unit: {@code percent}, {@code days}/{@code weeks}/{@code months}/{@code years}, or
 *             the counted noun's stem («flyktning»); null when none is printed
 * @param baseline the starting level where printed («øker fra 87 til 90 prosent»)
 * @param from first year of the period the ambition spans, where known
 * @param horizon the year by which it is to be reached («innen 2025», «i perioden 2023-2026»), where known
 * @param perYear whether the ambition applies to every year («hvert år», «årlig»)
 * @param direction for {@link Kind#DIRECTION}: which way the measure should go
 */
public record Ambition(
        String printed,
        Kind kind,
        BigDecimal value,
        String unit,
        BigDecimal baseline,
        Integer from,
        Integer horizon,
        boolean perYear,
        Direction direction) {

    public enum Kind {
        /** Reach at least {@code value} (from {@code baseline} where printed). */
        @JsonProperty("absolute-target") ABSOLUTE_TARGET,
        /** Change by {@code value} (percent) every year. */
        @JsonProperty("change-per-year") CHANGE_PER_YEAR,
        /** Change by {@code value} over the period ending at {@code horizon}. */
        @JsonProperty("change-over-period") CHANGE_OVER_PERIOD,
        /** Go a direction (increase, decrease, maintain) without a number. */
        @JsonProperty("direction") DIRECTION,
        /** All of them: 100 percent. */
        @JsonProperty("all") ALL,
        /** At most {@code value}. */
        @JsonProperty("maximum") MAXIMUM
    }

    public enum Direction {
        @JsonProperty("increase") INCREASE,
        @JsonProperty("decrease") DECREASE,
        @JsonProperty("maintain") MAINTAIN
    }

    static Ambition unreadable(String printed) {
        return new Ambition(printed, null, null, null, null, null, null, false, null);
    }

    /** Whether the printed text could be read as a measurable ambition. */
    public boolean structured() {
        return kind != null;
    }
}
