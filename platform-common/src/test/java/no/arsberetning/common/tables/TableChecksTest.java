package no.arsberetning.common.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.TableColumn.ColumnType;
import org.junit.jupiter.api.Test;

class TableChecksTest {

    @Test
    void aDeviationWithTheWrongSignIsAnError() {
        // Table 6.1 as printed: actual 844,3, revised budget 852,7, deviation +8,4 (should be −8,4 with
        // "positive = underspending", i.e. revised − actual = 8,4 … the seed's text says overspending).
        ReportedTable table = table("6.1", List.of("regnskap", "revidert", "avvik"),
                row("kvalifisering", "line", "844,3", "852,7", "8,4"),
                row("feil", "line", "852,7", "844,3", "8,4"));
        List<Finding> findings = TableChecks.differenceMatches(table, "avvik", "revidert", "regnskap", 1, "deviation");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.tables()).containsExactly("6.1");
            assertThat(f.expected()).isEqualTo("-8,4");
            assertThat(f.actual()).isEqualTo("8,4");
        });
    }

    @Test
    void aTotalOffByRoundingIsInfoAndOffByMoreIsAnError() {
        ReportedTable table = table("1.1", List.of("a", "b"),
                row("x", "line", "1,4", "10"),
                row("y", "line", "1,4", "10"),
                row("sum", "total", "2", "25"));
        List<Finding> findings = TableChecks.totalEqualsSum(table, "sum", TableChecks.LINES, "total");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.ERROR);
        assertThat(findings.get(1).expected()).isEqualTo("20");
    }

    @Test
    void aCorrectTableHasNoFindings() {
        ReportedTable table = table("4.1", List.of("regnskap", "revidert", "avvik"),
                row("barnehage", "line", "1 982,2", "1 992,7", "10,5"));
        assertThat(TableChecks.differenceMatches(table, "avvik", "revidert", "regnskap", 1, "deviation")).isEmpty();
    }

    private static TableRow row(String key, String kind, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(Cell.of(PrintedNumbers.parse(text).value(), text, "MNOK"));
        }
        return new TableRow(key, key, kind, null, cells);
    }

    private static ReportedTable table(String number, List<String> columns, TableRow... rows) {
        return new ReportedTable("2023:" + number, 2023, number, 0, "1", number, "t", "MNOK", null, "s", List.of(), "",
                columns.stream().map(c -> new TableColumn(c, c, ColumnType.NUMBER)).toList(), List.of(), List.of(rows),
                null, Map.of(), 0L);
    }
}
