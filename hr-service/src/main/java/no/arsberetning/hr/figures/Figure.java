package no.arsberetning.hr.figures;

import java.math.BigDecimal;

/**
 * A number stated in the chapter's running text (docs/demo-data-format.md, FIGURE): the sentence, the
 * value as printed, its unit, and the number read from it ({@code number} null when the value is no single
 * number, e.g. «november 2023 - januar 2024» or «alle»).
 */
public record Figure(String id, String text, String value, String unit, BigDecimal number, Integer seedLine) {
}
