package no.arsberetning.hr.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableRow;
import no.arsberetning.hr.tables.ColumnSpec;
import no.arsberetning.hr.tables.ColumnSpec.Total;
import no.arsberetning.hr.tables.TableSpec;
import no.arsberetning.hr.tables.TableSpec.RowSum;
import org.junit.jupiter.api.Test;

/** The suppression algorithm on small made-up tables: small groups, their complements, what is derived. */
class SmallGroupsTest {

    /** Women, men, total persons, and the share of women: a row sum and a share. */
    private static final TableSpec SPEC = new TableSpec("9.9", List.of(
            ColumnSpec.persons(0, "Kvinner", Total.SUM), ColumnSpec.persons(1, "Menn", Total.SUM),
            ColumnSpec.persons(2, "Totalt", Total.SUM), ColumnSpec.share(3, "Andel kvinner", 0, 2)),
            List.of(new RowSum(2, List.of(0, 1))), List.of(), null, null);

    @Test
    void aSmallCountItsComplementAndItsShareAreHidden() {
        ReportedTable table = table(row("A", "3", "40", "43", "7%"), row("B", "50", "60", "110", "45%"),
                total("53", "100", "153", "35%"));

        Map<CellRef, Cause> hidden = SmallGroups.suppress(table, SPEC, 5);

        assertThat(hidden).containsEntry(new CellRef(0, 0), Cause.SMALL_GROUP)
                .containsEntry(new CellRef(0, 1), Cause.COMPLEMENTARY)
                .containsEntry(new CellRef(0, 3), Cause.DERIVED)
                // the column total would give away A's women from B's: B's women are hidden too
                .containsEntry(new CellRef(1, 0), Cause.COMPLEMENTARY)
                .containsEntry(new CellRef(1, 3), Cause.DERIVED);
        assertThat(hidden).doesNotContainKeys(new CellRef(0, 2), new CellRef(2, 0), new CellRef(2, 3));
    }

    @Test
    void theThresholdDecides() {
        ReportedTable table = table(row("A", "3", "40", "43", "7%"), row("B", "50", "60", "110", "45%"),
                total("53", "100", "153", "35%"));
        assertThat(SmallGroups.suppress(table, SPEC, 3)).isEmpty();
        assertThat(SmallGroups.suppress(table, SPEC, 4)).containsEntry(new CellRef(0, 0), Cause.SMALL_GROUP);
    }

    @Test
    void noneAndBlanksAreNotSmallGroups() {
        ReportedTable table = table(row("A", "0", "40", "40", "0%"), row("B", "", "60", "60", ""),
                total("0", "100", "100", "0%"));
        assertThat(SmallGroups.suppress(table, SPEC, 5)).isEmpty();
    }

    @Test
    void aSmallTotalIsHiddenAndItsOnlyTermWithIt() {
        ReportedTable table = table(row("A", "2", "", "2", "100%"), row("B", "50", "60", "110", "45%"),
                total("52", "60", "112", "46%"));
        Map<CellRef, Cause> hidden = SmallGroups.suppress(table, SPEC, 5);
        assertThat(hidden).containsKeys(new CellRef(0, 0), new CellRef(0, 2), new CellRef(0, 3));
        assertThat(hidden.get(new CellRef(1, 0))).isEqualTo(Cause.COMPLEMENTARY);
    }

    private static TableRow row(String label, String... cells) {
        return new TableRow(label.toLowerCase(), label, "line", null, cells(cells));
    }

    private static TableRow total(String... cells) {
        return new TableRow("sum", "Sum", "total", null, cells(cells));
    }

    private static List<Cell> cells(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            PrintedNumbers.Parsed parsed = PrintedNumbers.parse(text);
            cells.add(new Cell(parsed.value(), text, null, parsed.reason()));
        }
        return cells;
    }

    private static ReportedTable table(TableRow... rows) {
        List<TableColumn> columns = List.of(new TableColumn("kvinner", "Kvinner", TableColumn.ColumnType.NUMBER),
                new TableColumn("menn", "Menn", TableColumn.ColumnType.NUMBER),
                new TableColumn("totalt", "Totalt", TableColumn.ColumnType.NUMBER),
                new TableColumn("andel", "Andel kvinner", TableColumn.ColumnType.NUMBER));
        return new ReportedTable("2023:9.9", 2023, "9.9", 0, "9", "9.9", "Test", "mixed", null, "table:9.9", List.of(), "",
                columns, List.of(), List.of(rows), null, Map.of(), 0L);
    }
}
