package no.arsberetning.finance.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.finance.figures.TextFigure;

/** A year's chapter as the rules read it: its tables  and text figures. */
final class ChapterData {

    private final Map<String, ReportedTable> tables = new LinkedHashMap<>();
    private final Map<String, TextFigure> figures = new LinkedHashMap<>();

    ChapterData(List<ReportedTable> stored, List<TextFigure> figures) {
        stored.forEach(t -> tables.put(t.key(), t));
        figures.forEach(f -> this.figures.put(f.id(), f));
    }

    List<ReportedTable> tables() {
        return List.copyOf(tables.values());
    }

    Optional<ReportedTable> table(String key) {
        return Optional.ofNullable(tables.get(key));
    }

    Optional<TableRow> row(String table, String row) {
        return table(table).flatMap(t -> t.rows().stream().filter(r -> r.key().equals(row)).findFirst());
    }

    Optional<Cell> cell(String table, String row, String column) {
        Optional<ReportedTable> t = table(table);
        if (t.isEmpty() || t.get().columns().stream().noneMatch(c -> c.key().equals(column))) {
            return Optional.empty();
        }
        int c = t.get().columnIndex(column);
        return row(table, row).map(r -> r.cells().get(c));
    }

    Optional<TextFigure> figure(String id) {
        return Optional.ofNullable(figures.get(id));
    }

    /** Position of a table in the chapter, for ordering findings. */
    int order(String printedNumber) {
        int i = 0;
        for (ReportedTable t : tables.values()) {
            if (t.number() != null && t.number().equals(printedNumber)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }
}
