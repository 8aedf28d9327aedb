package no.arsberetning.servicesgoals.printed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;

/**
 * What a stored table's printed texts mean beyond their numbers: readable column headers and the
 * footnote markers in its cells. Nothing here changes a stored value.
 */
public final class PrintedTables {

    private PrintedTables() {
    }

    /** The header of each value column as a reader sees it (the shared importer joins multi-row headers). */
    public static List<String> columnLabels(ReportedTable table) {
        return table.columns().stream().map(c -> clean(c.label())).toList();
    }

    /**
     * Why a cell without a number is missing. A reason read from the text wins; a footnote marker
     * ("*") is explained by the table's note row starting with the same marker (e.g. «*) Ikke tilgjengelig
     * tall per dags dato» → not available yet).
     */
    public static Optional<Footnoted> missing(ReportedTable table, Cell cell) {
        if (cell.value() != null) {
            return Optional.empty();
        }
        if (cell.reason() != null) {
            return Optional.of(new Footnoted(cell.reason(), null));
        }
        String marker = cell.text() == null ? "" : cell.text().trim();
        if (!marker.matches("\\*+\\)?")) {
            return Optional.empty();
        }
        for (TableRow row : table.rows()) {
            String label = row.label() == null ? "" : row.label().trim();
            if ("note".equals(row.kind()) && label.startsWith(marker.replace(")", ""))) {
                String note = label.replaceFirst("^\\*+\\)?\\s*", "");
                return Optional.of(new Footnoted(reasonOf(note), note));
            }
        }
        return Optional.of(new Footnoted(MissingReason.NOT_REPORTED, null));
    }

    /** The table's cells with the reasons of footnoted missing values filled in (for the report). */
    public static List<List<Cell>> cellsWithReasons(ReportedTable table) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (Cell cell : row.cells()) {
                boolean valueRow = !"note".equals(row.kind()) && !"heading".equals(row.kind());
                Optional<Footnoted> missing = valueRow ? missing(table, cell) : Optional.empty();
                cells.add(missing.isPresent() && cell.reason() == null
                        ? new Cell(null, cell.text(), cell.unit(), missing.get().reason())
                        : cell);
            }
            rows.add(List.copyOf(cells));
        }
        return rows;
    }

    private static MissingReason reasonOf(String note) {
        String text = note.toLowerCase(Locale.ROOT);
        if (text.contains("ikke relevant") || text.contains("ikke aktuelt")) {
            return MissingReason.NOT_APPLICABLE;
        }
        if (text.contains("ikke tilgjengelig") || text.contains("foreligger ikke") || text.contains("ikke klar")) {
            return MissingReason.NOT_AVAILABLE_YET;
        }
        return MissingReason.NOT_REPORTED;
    }

    private static String clean(String label) {
        return label == null ? "" : label.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ");
    }

    /** A missing value's reason and the footnote that gives it, if any. */
    public record Footnoted(MissingReason reason, String note) {
    }
}
