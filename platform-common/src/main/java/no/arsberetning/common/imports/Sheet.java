package no.arsberetning.common.imports;

import java.util.List;
import java.util.Objects;

/**
 * A named grid of cell texts, as read from or written to a CSV or Excel file. Row 0 is the header.
 * Rows may have different lengths. The constructor copies defensively into unmodifiable lists; a null row
 * becomes an empty row and a null cell becomes {@code ""}.
 */
public record Sheet(String name, List<List<String>> rows) {

    public Sheet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rows, "rows");
        rows = rows.stream().map(Sheet::copyRow).toList();
    }

    /** Row 0, or an empty list when the sheet has no rows. */
    public List<String> header() {
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    private static List<String> copyRow(List<String> row) {
        return row == null ? List.of() : row.stream().map(cell -> cell == null ? "" : cell).toList();
    }
}
