package no.arsberetning.common.tables;

/**
 * A column of a stored table: a stable key, the printed header text, and whether it holds numbers.
 * The first column of every table holds the row labels and is not stored as a column.
 */
public record TableColumn(String key, String label, ColumnType type) {

    public enum ColumnType {
        /** Every cell is a number or a known missing marker; anything else is refused on import. */
        NUMBER,
        /** Free text; numbers in it are still read where the text is one. */
        TEXT
    }
}
