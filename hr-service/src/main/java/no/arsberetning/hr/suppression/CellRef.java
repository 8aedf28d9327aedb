package no.arsberetning.hr.suppression;

/** A cell of a stored table by position: row index and value-column index (both 0-based). */
public record CellRef(int row, int column) {
}
