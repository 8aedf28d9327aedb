package no.arsberetning.finance.figures;

import java.math.BigDecimal;

/**
 * A number stated in the chapter's running text, exactly as printed: the sentence (or the part of it that
 * states the number), the number as printed, its unit (MNOK, BNOK, percent, …) and the seed line.
 *
 * @param id stable id, e.g. {@code netto-driftsresultat-2023}
 */
public record TextFigure(String id, String text, String value, String unit, Integer seedLine) {

    /** The number the figure states, or null when its value is not a number. */
    public BigDecimal number() {
        return FigureNumbers.read(value).orElse(null);
    }

    /** True when the text states the number loosely ("om lag 500"). */
    public boolean approximate() {
        return FigureNumbers.approximate(text);
    }

    TextFigure withValue(String newValue, String newText) {
        return new TextFigure(id, newText != null ? newText : text, newValue, unit, seedLine);
    }
}
