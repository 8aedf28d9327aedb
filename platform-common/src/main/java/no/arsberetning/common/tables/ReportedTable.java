package no.arsberetning.common.tables;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One printed table of a year, as reported: structure, every cell's number and printed text, which
 * section of the reporting cycle it belongs to, and where its numbers came from. One document per
 * table, so an edit never touches another table, and {@code version} is its optimistic lock (null until
 * it is first stored).
 *
 * @param key stable key within the service and year: the printed number where unique (e.g. "1.1"),
 *            else the number or "tabell" with a suffix
 * @param order position in the chapter
 * @param editedCells provenance of cells changed after the import, by {@code rowKey/columnKey}
 */
@Document(ReportedTable.COLLECTION)
@CompoundIndex(name = "year_order", def = "{'year': 1, 'order': 1}")
public record ReportedTable(
        @Id String id,
        int year,
        String key,
        int order,
        String chapter,
        String number,
        String caption,
        String unit,
        String signConvention,
        String section,
        List<String> areas,
        String labelHeader,
        List<TableColumn> columns,
        List<List<String>> headerRows,
        List<TableRow> rows,
        Provenance provenance,
        Map<String, Provenance> editedCells,
        @Version Long version) {

    public static final String COLLECTION = "reported_tables";

    public static String idOf(int year, String key) {
        return year + ":" + key;
    }

    public int columnIndex(String columnKey) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(columnKey)) {
                return i;
            }
        }
        throw new NoSuchElementException("Tabell " + key + " har ingen kolonne «" + columnKey + "».");
    }

    public int rowIndex(String rowKey) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(rowKey)) {
                return i;
            }
        }
        throw new NoSuchElementException("Tabell " + key + " har ingen rad «" + rowKey + "».");
    }

    /** Where a cell's number came from: its own edit, or the table's import. */
    public Provenance provenanceOf(String rowKey, String columnKey) {
        return editedCells.getOrDefault(rowKey + "/" + columnKey, provenance);
    }

    ReportedTable withRows(List<TableRow> newRows, Map<String, Provenance> newEdited) {
        return new ReportedTable(id, year, key, order, chapter, number, caption, unit, signConvention, section, areas,
                labelHeader, columns, headerRows, newRows, provenance, newEdited, version);
    }
}
