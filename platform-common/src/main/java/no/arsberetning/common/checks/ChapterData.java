package no.arsberetning.common.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;

/**
 * A year's printed chapter as the rules read it: its tables by key and the figures stated in its text by id.
 * {@code {year}} in a figure id stands for the reporting year.
 */
public final class ChapterData {

    private final int year;
    private final Map<String, ReportedTable> tables = new LinkedHashMap<>();
    private final Map<String, StatedFigure> figures = new LinkedHashMap<>();

    public ChapterData(int year, List<ReportedTable> tables, List<StatedFigure> figures) {
        this.year = year;
        tables.forEach(t -> this.tables.put(t.key(), t));
        figures.forEach(f -> this.figures.putIfAbsent(f.id(), f));
    }

    public int year() {
        return year;
    }

    public List<ReportedTable> tables() {
        return List.copyOf(tables.values());
    }

    public Optional<ReportedTable> table(String key) {
        return Optional.ofNullable(tables.get(key));
    }

    public Optional<TableRow> row(String table, String row) {
        return table(table).flatMap(t -> t.rows().stream().filter(r -> r.key().equals(row)).findFirst());
    }

    public Optional<Cell> cell(String table, String row, String column) {
        Optional<ReportedTable> t = table(table);
        if (t.isEmpty() || t.get().columns().stream().noneMatch(c -> c.key().equals(column))) {
            return Optional.empty();
        }
        int c = t.get().columnIndex(column);
        return row(table, row).filter(r -> c < r.cells().size()).map(r -> r.cells().get(c));
    }

    public List<StatedFigure> figures() {
        return List.copyOf(figures.values());
    }

    public Optional<StatedFigure> figure(String id) {
        return Optional.ofNullable(figures.get(withYear(id)));
    }

    /** The ids of the figures whose id starts with the prefix, in printed order. */
    public List<String> figureIds(String prefix) {
        String wanted = withYear(prefix);
        return figures.keySet().stream().filter(id -> id.startsWith(wanted)).toList();
    }

    /** Position of a table (by printed number) in the chapter, for ordering findings; unknown ones last. */
    public int order(String printedNumber) {
        int i = 0;
        for (ReportedTable t : tables.values()) {
            if (t.number() != null && t.number().equals(printedNumber)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    String withYear(String id) {
        return id.replace("{year}", Integer.toString(year));
    }
}
