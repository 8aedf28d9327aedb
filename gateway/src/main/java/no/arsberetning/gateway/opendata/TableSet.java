package no.arsberetning.gateway.opendata;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import no.arsberetning.common.Sha256;

/**
 * The tables of one composed report with what their downloads say about it, and their files: rendered
 * all at once for a release (immutable, so kept), one at a time for the current data.
 *
 * @param contentHash the release's content hash, null for the current data
 */
record TableSet(DatasetInfo info, String contentHash, List<OpenTable> tables) {

    OpenTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Tabell «" + id + "» finnes ikke i "
                        + (info.release() == null ? "årsberetningen for " + info.year() : "utgivelse " + info.release()
                        + " av årsberetningen for " + info.year()) + "."));
    }

    /** Every format of a table, rendered. */
    Map<TableFormat, Rendered> render(OpenTable table) {
        Map<TableFormat, Rendered> files = new EnumMap<>(TableFormat.class);
        for (TableFormat format : TableFormat.values()) {
            files.put(format, render(table, format));
        }
        return files;
    }

    Rendered render(OpenTable table, TableFormat format) {
        byte[] content = TableFiles.render(table, format, info);
        return new Rendered(content, Sha256.of(content), TableFiles.fileName(table, format, info));
    }

    /** A rendered download: its bytes, their SHA-256 (hex) and the file name to save it as. */
    record Rendered(byte[] content, String sha256, String fileName) {
    }
}
