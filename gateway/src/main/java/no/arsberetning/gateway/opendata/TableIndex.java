package no.arsberetning.gateway.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The machine-readable list of a release's (or the current data's) tables: each table's number, caption
 * and place in the report, and a link to every download with the SHA-256 (hex) of its exact bytes.
 *
 * @param release the release number, null for the current data
 * @param contentHash the release's content hash (as in {@code /api/releases/{year}}), null for the current data
 */
record TableIndex(int year, Integer release, Instant updated, String source, String contentHash, List<Entry> tables) {

    record Entry(String id, String number, String caption, String unit, String chapter, String chapterTitle,
            String section, String sectionTitle, List<Download> downloads) {
    }

    /** @param href the download's path on the gateway; for a release built from the release number, never changing */
    record Download(String format, String mediaType, String href, String sha256, long bytes) {
    }

    static TableIndex of(TableSet set, String basePath, BiFunction<OpenTable, TableFormat, TableSet.Rendered> files) {
        List<Entry> entries = new ArrayList<>();
        for (OpenTable table : set.tables()) {
            List<Download> downloads = new ArrayList<>();
            for (TableFormat format : TableFormat.values()) {
                TableSet.Rendered file = files.apply(table, format);
                downloads.add(new Download(format.label(), format.mediaType().toString(),
                        basePath + "/" + table.id() + "." + format.extension(), file.sha256(), file.content().length));
            }
            entries.add(new Entry(table.id(), table.table().number(), table.table().caption(), table.table().unit(),
                    table.chapter(), table.chapterTitle(), table.section(), table.sectionTitle(), List.copyOf(downloads)));
        }
        return new TableIndex(set.info().year(), set.info().release(), set.info().updated(), set.info().source(),
                set.contentHash(), List.copyOf(entries));
    }

    static TableIndex ofRelease(OpenDataTables.ReleaseFiles release) {
        TableSet set = release.set();
        String base = "/api/published/" + set.info().year() + "/" + set.info().release() + "/tables";
        return of(set, base, (table, format) -> release.files().get(table.id()).get(format));
    }

    static TableIndex ofCurrent(TableSet set) {
        Map<String, Map<TableFormat, TableSet.Rendered>> rendered = new HashMap<>();
        set.tables().forEach(t -> rendered.put(t.id(), set.render(t)));
        return of(set, "/api/reports/" + set.info().year() + "/tables", (table, format) -> rendered.get(table.id()).get(format));
    }
}
