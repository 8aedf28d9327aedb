package no.arsberetning.common.tables;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.TableDraft.DraftRow;

/**
 * Tables as spreadsheets and back: the sheet is named by the table's key, row 1 holds the label header
 * and the column headers, every further row a row label and the cells' printed texts. Templates are
 * these sheets pre-filled with the current values.
 */
public final class TableSheets {

    private TableSheets() {
    }

    public static Sheet toSheet(ReportedTable table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(table.labelHeader() == null ? "" : table.labelHeader());
        table.columns().forEach(c -> header.add(c.label()));
        rows.add(header);
        for (TableRow row : table.rows()) {
            List<String> line = new ArrayList<>();
            line.add(row.label());
            row.cells().stream().map(Cell::text).forEach(line::add);
            rows.add(line);
        }
        return new Sheet(table.key(), rows);
    }

    /**
     * A sheet from a file, read as a draft of the table named by the sheet. A header shorter than the
     * rows (a table printed without headers: spreadsheets write no cells for empty text) is padded.
     */
    public static TableDraft toDraft(Sheet sheet) {
        List<List<String>> rows = sheet.rows();
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        List<String> header = new ArrayList<>(rows.isEmpty() ? List.of() : rows.get(0));
        while (header.size() < Math.max(width, 1)) {
            header.add("");
        }
        List<DraftRow> drafts = new ArrayList<>();
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            String label = row.isEmpty() ? "" : row.get(0);
            drafts.add(new DraftRow(label, "line", row.size() > 1 ? row.subList(1, row.size()) : List.of()));
        }
        return new TableDraft(sheet.name(), 0, null, null, null, null, null, null, header.get(0),
                header.subList(1, header.size()), List.of(), drafts);
    }
}
