package no.arsberetning.common.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableColumn.ColumnType;
import no.arsberetning.common.tables.TableRow;

/** Small printed tables and figures written for a test. */
final class SmallTables {

    private SmallTables() {
    }

    static ReportedTable table(String number, String unit, List<String> columns, TableRow... rows) {
        return new ReportedTable("2023:" + number, 2023, number, 0, "1", number, "t", unit, null, "s", List.of(), "",
                columns.stream().map(c -> new TableColumn(c, c, ColumnType.NUMBER)).toList(), List.of(), List.of(rows),
                null, Map.of(), 0L);
    }

    static TableRow row(String key, String kind, String... texts) {
        return areaRow(key, kind, null, texts);
    }

    static TableRow areaRow(String key, String kind, String area, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            PrintedNumbers.Parsed parsed = PrintedNumbers.parse(text);
            cells.add(new Cell(parsed.value(), text, parsed.unit(), parsed.reason()));
        }
        return new TableRow(key, key, kind, area, cells);
    }

    static StatedFigure figure(String id, String value, String unit, String text) {
        return new StatedFigure(id, text, value, unit, 1);
    }

    static ChapterData data(List<ReportedTable> tables, StatedFigure... figures) {
        return new ChapterData(2023, tables, List.of(figures));
    }
}
