package no.arsberetning.hr.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ProvenanceEntries;
import no.arsberetning.common.tables.ReportTables;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.hr.suppression.Cause;
import no.arsberetning.hr.suppression.CellRef;
import no.arsberetning.hr.tables.Chapter2Tables;
import no.arsberetning.hr.tables.ColumnLabels;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.Measure;
import no.arsberetning.hr.tables.RowNames;
import no.arsberetning.hr.tables.TableRows;
import no.arsberetning.hr.tables.TableSpec;

/**
 * A stored chapter-2 table as a report table block (brief § 9), starting from the shared
 * {@link ReportTables#of}: column labels joined with the printed sub-header («Kvinne – Antall»), each
 * column's own unit (count, FTE, percent, NOK) where the table's is «mixed», numbers read through the print's
 * emphasis, markup removed from texts, the sign convention where the print states none, and — by view —
 * the small-group cells hidden (published) or named under the table (staff).
 */
final class TableRendition {

    /** The marker of a hidden cell. */
    static final String HIDDEN = ":";

    private TableRendition() {
    }

    static List<Block> blocks(ReportedTable stored, Map<CellRef, Cause> hidden, ReportView view, int threshold) {
        TableSpec spec = Chapter2Tables.spec(stored.number()).orElse(null);
        Table base = ReportTables.of(stored);
        List<String> labels = ColumnLabels.of(stored);
        List<Table.Column> columns = new ArrayList<>();
        for (int c = 0; c < base.columns().size(); c++) {
            Table.Column column = base.columns().get(c);
            String unit = spec != null ? spec.measure(c).unit() : column.unit();
            columns.add(new Table.Column(column.key(), labels.get(c), unit));
        }
        boolean publish = view == ReportView.PUBLISHED;
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 0; r < stored.rows().size(); r++) {
            TableRow row = stored.rows().get(r);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.cells().get(c);
                String unit = columns.get(c).unit();
                if (!TableRows.holdsValues(row) || spec != null && spec.measure(c) == Measure.TEXT) {
                    cells.add(new Cell(null, HrCells.plain(cell.text()), null, null));
                } else if (publish && hidden.containsKey(new CellRef(r, c))) {
                    cells.add(Cell.missing(MissingReason.SUPPRESSED, HIDDEN, unit));
                } else {
                    cells.add(new Cell(HrCells.value(cell), HrCells.plain(cell.text()), unit, HrCells.reason(cell)));
                }
            }
            rows.add(new Table.Row(HrCells.plain(row.label()), row.kind(), List.copyOf(cells)));
        }
        if (publish && !hidden.isEmpty()) {
            rows.add(hiddenNote(columns.size(), threshold));
        }
        String sign = stored.signConvention() != null ? stored.signConvention() : spec != null ? spec.signConvention() : null;
        Table table = ProvenanceEntries.attach(
                new Table(stored.number(), HrCells.plain(stored.caption()), stored.unit(), sign, columns, rows)
                        .withLabelHeader(HrCells.plain(stored.labelHeader())), stored);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.TableBlock(table));
        if (!publish && !hidden.isEmpty()) {
            blocks.add(new Block.Text(staffNote(stored, spec, labels, hidden, threshold)));
        }
        return blocks;
    }

    /** The note row of a published table with hidden cells. */
    static Table.Row hiddenNote(int columns, int threshold) {
        List<Cell> empty = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            empty.add(new Cell(null, "", null, null));
        }
        return new Table.Row(HIDDEN + " Vises ikke for å hindre at enkeltpersoner kan identifiseres: grupper med færre enn "
                + threshold + " personer, og tall som kunne regnes ut av dem.", "note", List.copyOf(empty));
    }

    /** For staff: which cells the published rendition hides, by column, with the value and why. */
    private static String staffNote(ReportedTable stored, TableSpec spec, List<String> labels, Map<CellRef, Cause> hidden,
            int threshold) {
        List<String> rowNames = RowNames.of(stored, spec);
        Map<Integer, List<String>> byColumn = new LinkedHashMap<>();
        hidden.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(CellRef::column).thenComparingInt(CellRef::row)))
                .forEach(e -> {
                    CellRef ref = e.getKey();
                    String value = HrCells.plain(stored.rows().get(ref.row()).cells().get(ref.column()).text());
                    String why = e.getValue() == Cause.SMALL_GROUP ? "" : ", " + e.getValue().label();
                    byColumn.computeIfAbsent(ref.column(), c -> new ArrayList<>())
                            .add(Html.escape(rowNames.get(ref.row())) + " (" + Html.escape(value) + why + ")");
                });
        StringBuilder html = new StringBuilder("<p><strong>Skjules i publisert versjon</strong> (færre enn ")
                .append(threshold).append(" personer, og tall som kunne regnes ut av dem): ").append(hidden.size())
                .append(" celler.</p><ul>");
        byColumn.forEach((column, cells) -> html.append("<li><em>").append(Html.escape(labels.get(column))).append("</em>: ")
                .append(String.join("; ", cells)).append("</li>"));
        return html.append("</ul>").toString();
    }
}
