package no.arsberetning.common.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A printed table. {@code number} is the printed number as a string ("1.1"), null for unnumbered tables.
 * {@code signConvention} states how signs are to be read (e.g. "positive deviation = underspending").
 */
public record Table(
        String number,
        String caption,
        String unit,
        String signConvention,
        List<Column> columns,
        List<Row> rows) {

    public record Column(String key, String label, String unit) {
    }

    /** {@code kind}: line, subtotal, total, heading or note. */
    public record Row(String label, String kind, List<Cell> cells) {
    }

    /**
     * One value: the number (exact), the text as printed, its unit, and why it is missing when it is
     * ({@code reason} is null when a value is present).
     */
    public record Cell(BigDecimal value, String text, String unit, MissingReason reason) {

        public static Cell of(BigDecimal value, String text, String unit) {
            return new Cell(value, text, unit, null);
        }

        public static Cell missing(MissingReason reason, String text, String unit) {
            return new Cell(null, text, unit, reason);
        }
    }
}
