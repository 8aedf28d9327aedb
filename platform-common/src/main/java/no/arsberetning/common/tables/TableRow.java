package no.arsberetning.common.tables;

import java.util.List;

import no.arsberetning.common.report.Table.Cell;

/**
 * A stored row: a stable key, the printed label, its kind (line, subtotal, total, heading, note), the
 * service area it concerns (canonical code, or null), and one cell per column.
 */
public record TableRow(String key, String label, String kind, String area, List<Cell> cells) {

    public TableRow withCell(int column, Cell cell) {
        List<Cell> changed = new java.util.ArrayList<>(cells);
        changed.set(column, cell);
        return new TableRow(key, label, kind, area, List.copyOf(changed));
    }
}
