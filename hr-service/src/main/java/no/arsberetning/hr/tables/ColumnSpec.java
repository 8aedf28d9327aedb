package no.arsberetning.hr.tables;

/**
 * One value column of a chapter-2 table (0-based, the label column not counted).
 *
 * @param basis for FTE and averages: the column counting the persons they are computed over, or null
 * @param numerator for shares: the column whose value is the part
 * @param denominator for shares: the column whose value is the whole
 * @param total how a total row relates to the lines above it in this column
 */
public record ColumnSpec(int index, String label, Measure measure, Integer basis, Integer numerator, Integer denominator,
        Total total) {

    /** What kind of total a total row holds in a column (brief § 6). */
    public enum Total {
        /** The sum of the lines, exactly (at the printed precision). */
        SUM,
        /** Persons counted once although they appear on several lines: at most the sum of the lines. */
        DISTINCT_PERSONS,
        /** The average over all persons: the lines' averages weighted by their basis column. */
        WEIGHTED_AVERAGE,
        /** A share recomputed from the total row's own part and whole. */
        RECOMPUTED,
        /** An average of the whole without the lines' weights: it lies between the lines' values. */
        BETWEEN_LINES,
        /** No arithmetic relation. */
        NONE
    }

    public static ColumnSpec persons(int index, String label, Total total) {
        return new ColumnSpec(index, label, Measure.PERSONS, null, null, null, total);
    }

    public static ColumnSpec fte(int index, String label, int basis) {
        return new ColumnSpec(index, label, Measure.FTE, basis, null, null, Total.SUM);
    }

    public static ColumnSpec share(int index, String label, int numerator, int denominator) {
        return new ColumnSpec(index, label, Measure.SHARE, null, numerator, denominator, Total.RECOMPUTED);
    }

    public static ColumnSpec averagePay(int index, String label, Integer basis) {
        return new ColumnSpec(index, label, Measure.AVERAGE_PAY, basis, null, null,
                basis == null ? Total.BETWEEN_LINES : Total.WEIGHTED_AVERAGE);
    }

    public static ColumnSpec averagePercent(int index, String label) {
        return new ColumnSpec(index, label, Measure.AVERAGE_PERCENT, null, null, null, Total.BETWEEN_LINES);
    }

    public static ColumnSpec text(int index, String label) {
        return new ColumnSpec(index, label, Measure.TEXT, null, null, null, Total.NONE);
    }
}
