package no.arsberetning.common.years;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.CarriedProvenance;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;

/**
 * An earlier year's values as a later year restates them: from the year's newest release (the published,
 * immutable figures) or, when it has none, from its working data. A value of the later year is found through
 * the earlier year's own table of the same key: the column whose printed label is the same (the later year's
 * "Regnskap 2023" is the earlier year's "Regnskap 2023"), the row at the same place, and then the release's
 * cell of that column and row. A cell the release hides from the public (small groups of persons) is taken from
 * the working data the release was made from.
 *
 * @param release the release's number, null for working data
 */
public record PriorYear(int year, Integer release, String contentHash, Instant publishedAt, String publishedBy,
        ReportDocument released, Map<String, ReportedTable> tables) {

    /** The value of the earlier year for a later table's column and row, if the earlier year has one. */
    public Optional<Value> value(ReportedTable later, int row, String columnLabel) {
        ReportedTable earlier = tables.get(later.key());
        if (earlier == null || row >= earlier.rows().size()) {
            return Optional.empty();
        }
        int column = columnIndex(earlier, columnLabel);
        if (column < 0) {
            return Optional.empty();
        }
        Cell working = earlier.rows().get(row).cells().get(column);
        if (release == null) {
            return Optional.of(new Value(working, null, earlier.columns().get(column).label()));
        }
        Cell published = releasedCell(earlier, row, column).orElse(null);
        if (published == null || published.reason() == MissingReason.SUPPRESSED) {
            return Optional.of(new Value(working, null, earlier.columns().get(column).label()));
        }
        return Optional.of(new Value(published, release, earlier.columns().get(column).label()));
    }

    /** The goals the earlier year published (or, without a release, none), by id. */
    public Map<String, Goal> releasedGoals() {
        Map<String, Goal> goals = new LinkedHashMap<>();
        if (released != null) {
            released.chapters().stream().flatMap(c -> c.sections().stream()).flatMap(s -> s.blocks().stream())
                    .filter(Block.Goals.class::isInstance)
                    .flatMap(b -> ((Block.Goals) b).goals().stream())
                    .forEach(g -> goals.putIfAbsent(g.id(), g));
        }
        return goals;
    }

    /** Where carried values came from, as the later year's provenance says it. */
    public Provenance provenance() {
        return release == null
                ? new Provenance(CarriedProvenance.WORKING_DATA, String.valueOf(year), null, null, null)
                : new Provenance(CarriedProvenance.RELEASE, year + "/" + release, contentHash, publishedBy, publishedAt);
    }

    /** In Norwegian: «årsberetningen for 2023, utgivelse 2» or «arbeidsdataene for 2023 (ikke publisert)». */
    public String describe() {
        return release == null ? "arbeidsdataene for " + year + " (ikke publisert)"
                : "årsberetningen for " + year + ", utgivelse " + release;
    }

    private Optional<Cell> releasedCell(ReportedTable earlier, int row, int column) {
        return releasedTable(earlier).flatMap(table -> {
            String key = earlier.columns().get(column).key();
            int c = -1;
            for (int i = 0; i < table.columns().size(); i++) {
                if (key.equals(table.columns().get(i).key())) {
                    c = i;
                }
            }
            if (c < 0 && table.columns().size() == earlier.columns().size()) {
                c = column;
            }
            int r = releasedRow(table, earlier, row);
            if (c < 0 || r < 0 || c >= table.rows().get(r).cells().size()) {
                return Optional.empty();
            }
            return Optional.of(table.rows().get(r).cells().get(c));
        });
    }

    /** The row of the released table: the same place when its label is the same, else the same label's first. */
    private static int releasedRow(Table table, ReportedTable earlier, int row) {
        String label = normalized(earlier.rows().get(row).label());
        if (row < table.rows().size() && normalized(table.rows().get(row).label()).equals(label)) {
            return row;
        }
        for (int r = 0; r < table.rows().size(); r++) {
            if (normalized(table.rows().get(r).label()).equals(label)) {
                return r;
            }
        }
        return -1;
    }

    private Optional<Table> releasedTable(ReportedTable earlier) {
        if (released == null) {
            return Optional.empty();
        }
        List<Table> candidates = released.chapters().stream()
                .flatMap(c -> c.sections().stream())
                .flatMap(s -> s.blocks().stream())
                .filter(Block.TableBlock.class::isInstance)
                .map(b -> ((Block.TableBlock) b).table())
                .filter(t -> normalized(t.number()).equals(normalized(earlier.number())))
                .toList();
        if (candidates.size() == 1 && earlier.number() != null) {
            return Optional.of(candidates.get(0));
        }
        String caption = normalized(earlier.caption());
        return candidates.stream().filter(t -> normalized(t.caption()).equals(caption)).findFirst();
    }

    static int columnIndex(ReportedTable table, String label) {
        String wanted = normalized(label);
        List<TableColumn> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (normalized(columns.get(i).label()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Labels as a person reads them: markup, case and spacing ignored. */
    static String normalized(String label) {
        return (label == null ? "" : label.replaceAll("<[^>]*>", " "))
                .replace('\u00a0', ' ').replace('\u202f', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * One value of the earlier year.
     *
     * @param release the release it was read from, null when from the working data
     * @param columnLabel the earlier year's label of its column
     */
    public record Value(Cell cell, Integer release, String columnLabel) {
    }
}
