package no.arsberetning.gateway.opendata;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;

/**
 * The one place a report table becomes a download, in each {@link TableFormat}: CSV and XLSX through the
 * platform's own {@link TabularFiles} (so they are import templates too: a header row of the column
 * labels, then each row's label and printed texts), JSON-stat through {@link JsonStatWriter}. The same
 * table and info give the same bytes.
 */
final class TableFiles {

    private TableFiles() {
    }

    static byte[] render(OpenTable table, TableFormat format, DatasetInfo info) {
        return switch (format) {
            case CSV -> TabularFiles.writeCsv(sheet(table));
            case XLSX -> StableXlsx.of(TabularFiles.writeXlsx(List.of(sheet(table))), info.updated());
            case JSON_STAT -> JsonStatWriter.write(table, info);
        };
    }

    /** The file name a download is saved as: {@code arsberetning-2023-utgivelse-3-tabell-1.1.csv}. */
    static String fileName(OpenTable table, TableFormat format, DatasetInfo info) {
        String release = info.release() == null ? "arbeidsdata" : "utgivelse-" + info.release();
        return "arsberetning-" + info.year() + "-" + release + "-tabell-" + table.id() + "." + format.extension();
    }

    static Sheet sheet(OpenTable open) {
        Table table = open.table();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        table.columns().forEach(c -> header.add(c.label() == null ? "" : c.label()));
        rows.add(header);
        for (Table.Row row : table.rows()) {
            List<String> line = new ArrayList<>();
            line.add(row.label() == null ? "" : row.label());
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = c < row.cells().size() ? row.cells().get(c) : null;
                line.add(cell == null || cell.text() == null ? "" : cell.text());
            }
            rows.add(line);
        }
        return new Sheet(open.id(), rows);
    }
}
