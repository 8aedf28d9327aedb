package no.arsberetning.common.figures;

import java.math.BigDecimal;

import no.arsberetning.common.numbers.NumberWords;

/**
 * A number stated in a chapter's running text, exactly as printed (docs/demo-data-format.md, FIGURE): the
 * sentence (or the part of it that states the number), the number as printed («1,45», «åtte», «55-57»), its
 * unit (MNOK, BNOK, percent, count, …) and the seed line.
 *
 * @param id stable id within the service and year, e.g. {@code netto-driftsresultat-2023}
 * @param shared the id under which another service's chapter states the same number, for the cross-service
 *               checks ({@code byggeprosjekter/pagaende}); null when only this chapter states it
 */
public record StatedFigure(String id, String text, String value, String unit, Integer seedLine, String shared) {

    public StatedFigure(String id, String text, String value, String unit, Integer seedLine) {
        this(id, text, value, unit, seedLine, null);
    }

    /** The number the figure states, or null when its value is no single number («alle», «1-6», a period). */
    public BigDecimal number() {
        return NumberWords.read(value).orElse(null);
    }

    /** True when the text states the number loosely («om lag 500»). */
    public boolean approximate() {
        return NumberWords.approximate(text) || NumberWords.approximate(value);
    }

    StatedFigure withValue(String newValue, String newText) {
        return new StatedFigure(id, newText != null ? newText : text, newValue, unit, seedLine, shared);
    }
}
