package no.arsberetning.common.years;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableColumn.ColumnType;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.common.tables.TableStore;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Every table of the earlier year into the new one, under the same key, number, section and rows, with the years
 * in its caption and column labels moved ({@link YearLabels}). A column whose new label names an earlier year only
 * ("Regnskap 2023" in 2024) is filled cell by cell from the earlier year ({@link PriorYear}: its newest release),
 * each cell's provenance naming where; every other value cell starts empty, «ikke rapportert». Text columns before
 * the first number column describe the rows (a sector, a position group) and are kept; headings and notes too.
 */
class TableCarryOver implements CarryOver {

    private final MongoOperations mongo;
    private final TableStore tables;
    private final AuditTrail audit;

    TableCarryOver(MongoOperations mongo, TableStore tables, AuditTrail audit) {
        this.mongo = mongo;
        this.tables = tables;
        this.audit = audit;
    }

    @Override
    public String kind() {
        return "tables";
    }

    @Override
    public int carry(Opening opening) {
        int held = 0;
        for (ReportedTable earlier : tables.all(opening.from())) {
            if (mongo.findById(ReportedTable.idOf(opening.year(), earlier.key()), ReportedTable.class) == null) {
                insert(next(earlier, opening), opening.actor());
            }
            held++;
        }
        return held;
    }

    static ReportedTable next(ReportedTable earlier, Opening opening) {
        List<TableColumn> columns = earlier.columns().stream()
                .map(c -> new TableColumn(c.key(), opening.advance(c.label()), c.type()))
                .toList();
        int descriptors = descriptorColumns(earlier.columns());
        Provenance carried = opening.prior().provenance();
        Map<String, Provenance> edited = new HashMap<>();
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < earlier.rows().size(); r++) {
            TableRow row = earlier.rows().get(r);
            boolean values = !"heading".equals(row.kind()) && !"note".equals(row.kind());
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Cell before = row.cells().get(c);
                if (!values || c < descriptors) {
                    cells.add(new Cell(before.value(), before.text(), before.unit(), before.reason()));
                } else if (YearLabels.namesEarlierYearOnly(columns.get(c).label(), opening.from())) {
                    PriorYear.Value prior = opening.prior().value(earlier, r, columns.get(c).label()).orElse(null);
                    cells.add(prior == null ? empty(before) : carried(prior.cell(), before));
                    if (prior != null) {
                        edited.put(row.key() + "/" + columns.get(c).key(), carried);
                    }
                } else {
                    cells.add(empty(before));
                }
            }
            rows.add(new TableRow(row.key(), row.label(), row.kind(), row.area(), List.copyOf(cells)));
        }
        List<List<String>> headerRows = earlier.headerRows() == null ? null : earlier.headerRows().stream()
                .map(line -> line.stream().map(opening::advance).toList()).toList();
        return new ReportedTable(ReportedTable.idOf(opening.year(), earlier.key()), opening.year(), earlier.key(),
                earlier.order(), earlier.chapter(), earlier.number(), opening.advance(earlier.caption()), earlier.unit(),
                earlier.signConvention(), earlier.section(), earlier.areas(), earlier.labelHeader(), columns, headerRows,
                List.copyOf(rows), opening.provenance(), Map.copyOf(edited), null);
    }

    /** How many text columns come before the first number column, in a table that has one. */
    static int descriptorColumns(List<TableColumn> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).type() == ColumnType.NUMBER) {
                return c;
            }
        }
        return 0;
    }

    private static Cell empty(Cell before) {
        return new Cell(null, "", before.unit(), MissingReason.NOT_REPORTED);
    }

    /** The earlier year's value, in the unit the stored table keeps for the cell. */
    private static Cell carried(Cell prior, Cell before) {
        return new Cell(prior.value(), prior.text() == null ? "" : prior.text(), before.unit(), prior.reason());
    }

    private void insert(ReportedTable table, String actor) {
        try {
            mongo.insert(table);
        } catch (DuplicateKeyException raced) {
            return;
        }
        audit.record(actor, "open-year", "table", table.id(), null, table);
    }
}
