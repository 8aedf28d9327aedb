package no.arsberetning.common.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.report.ProvenanceEntry;
import no.arsberetning.common.report.Table;

/**
 * A stored {@link Provenance} as the report document carries it ({@link ProvenanceEntry}), and a stored table's
 * provenance as the compact list of its report table: the table's own import first (the default), then one entry
 * per distinct origin of a cell edited after it, each cell naming its entry only when it differs from the default.
 */
public final class ProvenanceEntries {

    /** What the demo dataset was transcribed from (brief § 1). */
    public static final String DEMO_SOURCE = "Trondheim kommune, Årsberetning 2023 (trykt rapport)";

    private ProvenanceEntries() {
    }

    /** The entry for one stored provenance (without id and first release); null for null. */
    public static ProvenanceEntry of(Provenance p) {
        if (p == null) {
            return null;
        }
        String source = p.source() == null ? "" : p.source();
        return switch (source) {
            case "demo-seed" -> new ProvenanceEntry(null, ProvenanceEntry.DEMO, p.by(), p.at(), p.fileName(), p.fileSha256(),
                    DEMO_SOURCE, null);
            case "file-import" -> new ProvenanceEntry(null, ProvenanceEntry.FILE_IMPORT, p.by(), p.at(), p.fileName(),
                    p.fileSha256(), null, null);
            case "manual" -> new ProvenanceEntry(null, ProvenanceEntry.MANUAL, p.by(), p.at(), null, null, null, null);
            case CarriedProvenance.YEAR_OPENING -> new ProvenanceEntry(null, ProvenanceEntry.YEAR_OPENING, p.by(), p.at(), null,
                    null, CarriedProvenance.describe(p), null);
            case CarriedProvenance.RELEASE, CarriedProvenance.WORKING_DATA -> new ProvenanceEntry(null,
                    ProvenanceEntry.CARRIED, p.by(), p.at(), null, p.fileSha256(), CarriedProvenance.describe(p), null);
            default -> new ProvenanceEntry(null, ProvenanceEntry.EXTERNAL, p.by(), p.at(), p.fileName(), p.fileSha256(),
                    source.isEmpty() ? null : source, null);
        };
    }

    /** A table whose numbers all come from one origin (a figure set, an inspection list): one default entry. */
    public static Table attach(Table table, Provenance provenance) {
        ProvenanceEntry entry = of(provenance);
        return entry == null ? table : table.withProvenance(List.of(entry.withId("p1")));
    }

    /**
     * The rendered table of a stored one with the stored table's provenance: the list, and each cell's reference by
     * position (row and column of the stored table; rows the rendition adds after them refer to the default).
     */
    public static Table attach(Table rendered, ReportedTable stored) {
        if (stored.provenance() == null) {
            return rendered;
        }
        Map<Provenance, String> ids = new LinkedHashMap<>();
        ids.put(stored.provenance(), "p1");
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 0; r < rendered.rows().size(); r++) {
            Table.Row row = rendered.rows().get(r);
            if (r >= stored.rows().size() || stored.editedCells() == null || stored.editedCells().isEmpty()) {
                rows.add(row);
                continue;
            }
            String rowKey = stored.rows().get(r).key();
            List<Table.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                Table.Cell cell = row.cells().get(c);
                Provenance own = c < stored.columns().size()
                        ? stored.editedCells().get(rowKey + "/" + stored.columns().get(c).key()) : null;
                if (own == null || own.equals(stored.provenance())) {
                    cells.add(cell);
                } else {
                    cells.add(cell.withProvenance(ids.computeIfAbsent(own, p -> "p" + (ids.size() + 1))));
                }
            }
            rows.add(new Table.Row(row.label(), row.kind(), List.copyOf(cells)));
        }
        List<ProvenanceEntry> entries = new ArrayList<>();
        ids.forEach((p, id) -> entries.add(of(p).withId(id)));
        return rendered.withRows(List.copyOf(rows)).withProvenance(entries);
    }
}
