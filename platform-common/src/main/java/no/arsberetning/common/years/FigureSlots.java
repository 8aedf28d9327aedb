package no.arsberetning.common.years;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures a year's text states ("netto driftsresultat på 297 millioner kroner"), as a new year gets them: one
 * slot per figure of the earlier year, its id's years moved ({@code netto-driftsresultat-2023} →
 * {@code -2024}), for the new text to state anew. A slot whose moved id names the earlier year only restates a
 * figure of it ({@code utslippskutt-per-2022} → {@code -per-2023}); when the earlier year states that figure, the
 * slot starts with it, as a carried column does. Figures are the text's, and the text starts empty: no other value is
 * carried.
 */
public final class FigureSlots {

    private FigureSlots() {
    }

    /**
     * @param from the earlier figure the slot is made from
     * @param restated the earlier year's figure of the slot's id, whose value it restates; null when none
     */
    public record Slot<F>(String id, F from, F restated) {
    }

    public static <F> List<Slot<F>> of(List<F> earlier, Function<F, String> id, Opening opening) {
        Map<String, F> byId = new LinkedHashMap<>();
        earlier.forEach(f -> byId.put(id.apply(f), f));
        Map<String, Slot<F>> slots = new LinkedHashMap<>();
        for (F figure : earlier) {
            String moved = opening.advance(id.apply(figure));
            boolean restates = YearLabels.namesEarlierYearOnly(moved, opening.from());
            slots.putIfAbsent(moved, new Slot<>(moved, figure, restates ? byId.get(moved) : null));
        }
        return new ArrayList<>(slots.values());
    }
}
