package no.arsberetning.common.tables;

import java.util.List;

import no.arsberetning.common.report.Table;

/**
 * A stored table as the report shows it (brief § 9): printed number, caption, unit, the heading over the row
 * labels, columns and rows, and where its numbers came from ({@link ProvenanceEntries}).
 */
public final class ReportTables {

    private ReportTables() {
    }

    public static Table of(ReportedTable t) {
        List<Table.Column> columns = t.columns().stream()
                .map(c -> new Table.Column(c.key(), c.label(), c.type() == TableColumn.ColumnType.NUMBER ? t.unit() : null))
                .toList();
        List<Table.Row> rows = t.rows().stream().map(r -> new Table.Row(r.label(), r.kind(), r.cells())).toList();
        return ProvenanceEntries.attach(new Table(t.number(), t.caption(), t.unit(), t.signConvention(), columns, rows)
                .withLabelHeader(t.labelHeader()), t);
    }
}
