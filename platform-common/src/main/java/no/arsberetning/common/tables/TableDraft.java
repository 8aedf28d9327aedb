package no.arsberetning.common.tables;

import java.util.List;

/**
 * A table as an import delivers it, before validation: printed texts only. Built from an uploaded
 * CSV/XLSX sheet or from the demo dataset's transcription; both go through {@link TableImporter}.
 *
 * @param key the table's key ("1.1"; see {@link ReportedTable#key()})
 * @param columnLabels the printed headers of the value columns (the label column excluded); a header
 *                     printed over several rows is joined into one label per column
 * @param headerRows the printed header rows from the top, when the header spans more than one row
 *                   (label column included); empty otherwise
 * @param rows each row's label, kind and cell texts (one per value column)
 */
public record TableDraft(
        String key,
        int order,
        String chapter,
        String number,
        String caption,
        String unit,
        String signConvention,
        List<String> areas,
        String labelHeader,
        List<String> columnLabels,
        List<List<String>> headerRows,
        List<DraftRow> rows) {

    public record DraftRow(String label, String kind, List<String> cells) {
    }
}
