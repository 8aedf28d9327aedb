package no.arsberetning.common.tables;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import no.arsberetning.common.PerYear;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.PreconditionFailedException;
import no.arsberetning.common.locking.Versioned;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.numbers.PrintedNumbers.Parsed;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.TableColumn.ColumnType;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Reads a service's tables and changes single cells, with optimistic locking and an audit entry each. */
public class TableStore {

    private static final String ENTITY = "table";

    private final MongoOperations mongo;
    private final AuditTrail audit;
    private final Clock clock;

    public TableStore(MongoOperations mongo, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ReportedTable> all(int year) {
        return mongo.find(PerYear.of(year).with(Sort.by("order")), ReportedTable.class);
    }

    public boolean hasAny(int year) {
        return mongo.exists(PerYear.of(year), ReportedTable.class);
    }

    public ReportedTable get(int year, String key) {
        ReportedTable table = mongo.findById(ReportedTable.idOf(year, key), ReportedTable.class);
        if (table == null) {
            throw new NoSuchElementException("Ingen tabell «" + key + "» for " + year + ".");
        }
        return table;
    }

    /**
     * Sets one cell's printed text (and the number read from it). The caller has checked who may write
     * it and that its section is editable.
     *
     * @throws InvalidCellException when a number column gets something that is not a number
     * @throws PreconditionFailedException when the table changed since it was read
     */
    public ReportedTable setCell(ReportedTable table, String rowKey, String columnKey, String text, String actor) {
        int r = table.rowIndex(rowKey);
        int c = table.columnIndex(columnKey);
        Parsed parsed = PrintedNumbers.parse(Markup.withoutFootnoteMarks(text));
        if (table.columns().get(c).type() == ColumnType.NUMBER && !parsed.isNumber() && !parsed.isMissing()) {
            throw new InvalidCellException(parsed.problem());
        }
        Cell before = table.rows().get(r).cells().get(c);
        Cell after = new Cell(parsed.isNumber() ? parsed.value() : null, text,
                parsed.unit() != null ? parsed.unit() : before.unit(), parsed.reason());
        List<TableRow> rows = new java.util.ArrayList<>(table.rows());
        rows.set(r, rows.get(r).withCell(c, after));
        Map<String, Provenance> edited = new HashMap<>(table.editedCells());
        edited.put(rowKey + "/" + columnKey, Provenance.manual(actor, clock.instant()));
        ReportedTable changed = Versioned.save(mongo, table.withRows(List.copyOf(rows), Map.copyOf(edited)));
        audit.record(actor, "set-cell", ENTITY, table.id() + "/" + rowKey + "/" + columnKey, before, after);
        return changed;
    }

    /** A cell value that its column cannot hold. */
    public static class InvalidCellException extends RuntimeException {
        public InvalidCellException(String message) {
            super(message);
        }
    }
}
