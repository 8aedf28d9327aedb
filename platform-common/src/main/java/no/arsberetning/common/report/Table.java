package no.arsberetning.common.report;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A printed table. {@code number} is the printed number as a string ("1.1"), null for unnumbered tables.
 * {@code signConvention} states how signs are to be read (e.g. "positive deviation = underspending").
 * {@code provenance} lists where the numbers came from, compactly: the first entry is the table's default, and a
 * cell whose origin differs names its entry's id in {@link Cell#provenance()} (empty when the source does not
 * record provenance). {@code labelHeader} is the printed heading over the row labels, null when the print has none.
 */
public record Table(
        String number,
        String caption,
        String unit,
        String signConvention,
        List<Column> columns,
        List<Row> rows,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvenanceEntry> provenance,
        @JsonInclude(JsonInclude.Include.NON_NULL) String labelHeader) {

    public Table {
        provenance = provenance == null ? List.of() : List.copyOf(provenance);
    }

    /** A table without a heading over its row labels. */
    public Table(String number, String caption, String unit, String signConvention, List<Column> columns, List<Row> rows,
            List<ProvenanceEntry> provenance) {
        this(number, caption, unit, signConvention, columns, rows, provenance, null);
    }

    /** A table without recorded provenance. */
    public Table(String number, String caption, String unit, String signConvention, List<Column> columns, List<Row> rows) {
        this(number, caption, unit, signConvention, columns, rows, List.of(), null);
    }

    /** The same table with other rows (and the same provenance list). */
    public Table withRows(List<Row> newRows) {
        return new Table(number, caption, unit, signConvention, columns, newRows, provenance, labelHeader);
    }

    public Table withProvenance(List<ProvenanceEntry> entries) {
        return new Table(number, caption, unit, signConvention, columns, rows, entries, labelHeader);
    }

    /** The same table with the printed heading over its row labels ("FAG", "Stillingsgruppe navn"; null or blank: none). */
    public Table withLabelHeader(String heading) {
        return new Table(number, caption, unit, signConvention, columns, rows, provenance, heading == null || heading.isBlank() ? null : heading);
    }

    /** The provenance entry of a cell: its own, or the table's default (null when none is recorded). */
    public ProvenanceEntry provenanceOf(Cell cell) {
        if (provenance.isEmpty()) {
            return null;
        }
        if (cell.provenance() != null) {
            for (ProvenanceEntry entry : provenance) {
                if (entry.id().equals(cell.provenance())) {
                    return entry;
                }
            }
        }
        return provenance.get(0);
    }

    public record Column(String key, String label, String unit) {
    }

    /** {@code kind}: line, subtotal, total, heading or note. */
    public record Row(String label, String kind, List<Cell> cells) {
    }

    /**
     * One value: the number (exact), the text as printed, its unit, and why it is missing when it is
     * ({@code reason} is null when a value is present). {@code provenance} is the id of the table's provenance
     * entry for this cell when it differs from the table's default (omitted otherwise).
     */
    public record Cell(BigDecimal value, String text, String unit, MissingReason reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) String provenance) {

        public Cell(BigDecimal value, String text, String unit, MissingReason reason) {
            this(value, text, unit, reason, null);
        }

        public Cell withProvenance(String entryId) {
            return new Cell(value, text, unit, reason, entryId);
        }

        public static Cell of(BigDecimal value, String text, String unit) {
            return new Cell(value, text, unit, null);
        }

        public static Cell missing(MissingReason reason, String text, String unit) {
            return new Cell(null, text, unit, reason);
        }
    }
}
