package no.arsberetning.gateway.opendata;

import no.arsberetning.common.report.Table;

/**
 * The one place a report table becomes a download, in each {@link TableFormat}: the table as a statistics office
 * publishes it ({@link DataTable}), flattened for CSV and the workbook ({@link FlatTable}, {@link CsvFile},
 * {@link XlsxFile} with its sheet "Om tabellen"), described for the CSV ({@link CsvwMetadata}), and as JSON-stat
 * ({@link JsonStatWriter}). The same table and info give the same bytes.
 */
final class TableFiles {

    private TableFiles() {
    }

    static byte[] render(OpenTable table, TableFormat format, DatasetInfo info) {
        Table printed = table.table();
        DataTable data = DataTable.of(printed, PreliminaryFigures.columns(printed, info.year()));
        return switch (format) {
            case CSV -> CsvFile.write(FlatTable.of(data));
            case XLSX -> StableXlsx.of(XlsxFile.write(table.id(), FlatTable.of(data), TableDescription.of(table, data, info)), info.updated());
            case CSVW -> CsvwMetadata.write(FlatTable.of(data), TableDescription.of(table, data, info), table.id() + "." + TableFormat.CSV.extension());
            case JSON_STAT -> JsonStatWriter.write(table, data, info);
        };
    }

    /** The file name a download is saved as: {@code arsberetning-2023-utgivelse-3-tabell-1.1.csv}. */
    static String fileName(OpenTable table, TableFormat format, DatasetInfo info) {
        String release = info.release() == null ? "arbeidsdata" : "utgivelse-" + info.release();
        return "arsberetning-" + info.year() + "-" + release + "-tabell-" + table.id() + "." + format.extension();
    }
}
