package no.arsberetning.gateway.reports.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ProvenanceEntry;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;

/**
 * Which release first published each value: for every table that records provenance, each cell gets the number of
 * the first release (walked in order) that held an identical value at the same position, and the table's
 * provenance list is split by it — one entry per origin and first release, the most common one the table's
 * default, cells naming theirs only when it differs. Tables without provenance are left as they are.
 */
public final class FirstReleases {

    private FirstReleases() {
    }

    /** A release's number and its values. */
    public record Published(int number, ReleaseValues values) {
    }

    /** @param releases the releases to consider, in publishing order */
    public static List<Chapter> annotate(List<Chapter> chapters, List<Published> releases) {
        List<Chapter> result = new ArrayList<>();
        for (Chapter chapter : chapters == null ? List.<Chapter>of() : chapters) {
            List<Section> sections = new ArrayList<>();
            for (Section section : chapter.sections() == null ? List.<Section>of() : chapter.sections()) {
                List<Block> blocks = new ArrayList<>();
                for (Block block : section.blocks() == null ? List.<Block>of() : section.blocks()) {
                    if (block instanceof Block.TableBlock tableBlock && tableBlock.table() != null
                            && !tableBlock.table().provenance().isEmpty()) {
                        String prefix = ReleaseValues.tableKey(chapter, section, tableBlock.table());
                        blocks.add(new Block.TableBlock(annotate(tableBlock.table(), prefix, releases)));
                    } else {
                        blocks.add(block);
                    }
                }
                sections.add(new Section(section.id(), section.title(), List.copyOf(blocks)));
            }
            result.add(new Chapter(chapter.number(), chapter.title(), List.copyOf(sections)));
        }
        return List.copyOf(result);
    }

    static Table annotate(Table table, String prefix, List<Published> releases) {
        record Origin(String entry, Integer firstRelease) {
        }
        List<List<Origin>> origins = new ArrayList<>();
        Map<Origin, Integer> counts = new LinkedHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            List<Origin> rowOrigins = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                Table.Cell cell = row.cells().get(c);
                String key = prefix + r + "|" + row.label() + "|" + c;
                Integer first = null;
                for (Published release : releases) {
                    if (release.values().holds(key, cell)) {
                        first = release.number();
                        break;
                    }
                }
                Origin origin = new Origin(table.provenanceOf(cell).id(), first);
                rowOrigins.add(origin);
                counts.merge(origin, 1, Integer::sum);
            }
            origins.add(rowOrigins);
        }
        Map<String, ProvenanceEntry> byId = new HashMap<>();
        table.provenance().forEach(e -> byId.put(e.id(), e));
        Origin fallback = new Origin(table.provenance().get(0).id(), null);
        Origin common = counts.entrySet().stream()
                .filter(e -> Objects.equals(e.getKey().entry(), fallback.entry()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
        Map<Origin, String> ids = new LinkedHashMap<>();
        ids.put(common, "p1");
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            List<Table.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                Origin origin = origins.get(r).get(c);
                String id = ids.computeIfAbsent(origin, o -> "p" + (ids.size() + 1));
                cells.add(row.cells().get(c).withProvenance(id.equals("p1") ? null : id));
            }
            rows.add(new Table.Row(row.label(), row.kind(), List.copyOf(cells)));
        }
        List<ProvenanceEntry> entries = new ArrayList<>();
        ids.forEach((origin, id) -> entries.add(byId.get(origin.entry()).withId(id).withFirstRelease(origin.firstRelease())));
        return table.withRows(List.copyOf(rows)).withProvenance(entries);
    }
}
