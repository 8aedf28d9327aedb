package no.arsberetning.servicesgoals.keyfigures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.servicesgoals.accounts.AccountsTable;
import no.arsberetning.servicesgoals.printed.PrintedTables;

/**
 * Key figures read from the stored key-figure tables (4.4–4.7, 6.2 …): every cell of a column whose header
 * names a period becomes a figure of that column's entity. Accounts tables are not key figures. Derived
 * on every read, so a corrected cell is a corrected figure.
 */
final class TableKeyFigures {

    private TableKeyFigures() {
    }

    static boolean isKeyFigureTable(ReportedTable table, String municipality) {
        return AccountsTable.of(table).isEmpty()
                && PrintedTables.columnLabels(table).stream().anyMatch(l -> ColumnHeader.of(l, municipality).isPresent());
    }

    static List<KeyFigure> of(ReportedTable table, String municipality) {
        if (!isKeyFigureTable(table, municipality)) {
            return List.of();
        }
        List<String> labels = PrintedTables.columnLabels(table);
        List<Optional<ColumnHeader>> headers = labels.stream().map(l -> ColumnHeader.of(l, municipality)).toList();
        int describing = -1;
        for (int c = 0; c < table.columns().size(); c++) {
            if (headers.get(c).isEmpty() && table.columns().get(c).type() == TableColumn.ColumnType.TEXT) {
                describing = c;
                break;
            }
        }
        String area = table.areas() != null && table.areas().size() == 1 ? table.areas().get(0) : null;
        String source = MeasureLabels.source(table.caption());
        List<KeyFigure> figures = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if ("note".equals(row.kind()) || "heading".equals(row.kind())) {
                continue;
            }
            String measure = describing >= 0 && !row.cells().get(describing).text().isBlank()
                    ? row.cells().get(describing).text() : row.label();
            String rowUnit = MeasureLabels.unit(measure);
            for (int c = 0; c < table.columns().size(); c++) {
                if (headers.get(c).isEmpty()) {
                    continue;
                }
                ColumnHeader header = headers.get(c).get();
                Cell cell = row.cells().get(c);
                Optional<PrintedTables.Footnoted> missing = PrintedTables.missing(table, cell);
                figures.add(new KeyFigure(row.area() != null ? row.area() : area, measure, header.entity(), header.period(),
                        MeasureLabels.basis(measure), cell.value(), cell.text(), unit(cell, rowUnit, table.unit()), source,
                        missing.map(PrintedTables.Footnoted::reason).orElse(null),
                        missing.map(PrintedTables.Footnoted::note).orElse(null), false,
                        KeyFigure.Origin.table(table.number(), row.label(), labels.get(c))));
            }
        }
        return figures;
    }

    private static String unit(Cell cell, String rowUnit, String tableUnit) {
        if (cell.unit() != null && !cell.unit().equals("mixed") && !cell.unit().equals(tableUnit)) {
            return cell.unit();
        }
        if (rowUnit != null) {
            return rowUnit;
        }
        return "mixed".equals(tableUnit) ? null : tableUnit;
    }
}
