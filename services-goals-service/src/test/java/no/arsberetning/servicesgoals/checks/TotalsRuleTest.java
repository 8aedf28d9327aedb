package no.arsberetning.servicesgoals.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.common.tables.TableColumn;
import no.arsberetning.common.tables.TableRow;
import org.junit.jupiter.api.Test;

/** Total rows against their lines (chapters 4–19 print none; imported tables may). */
class TotalsRuleTest {

    private static ReportedTable table(String total) {
        return new ReportedTable("2023:x", 2023, "x", 0, "10", "10.9", "Test", "count", null, "table:x", List.of(), "",
                List.of(new TableColumn("antall", "Antall", TableColumn.ColumnType.NUMBER)), List.of(),
                List.of(row("a", "line", "147"), row("b", "line", "705"), row("sum", "total", total)), null, Map.of(), 0L);
    }

    private static TableRow row(String key, String kind, String text) {
        BigDecimal value = PrintedNumbers.parse(text).value();
        return new TableRow(key, key, kind, null, List.of(new Cell(value, text, "count", null)));
    }

    private static List<Finding> check(ReportedTable table) {
        return new TotalsRule().check(new ChapterData(2023, List.of(table), List.of()));
    }

    @Test
    void aTotalThatAddsUpHasNoFinding() {
        assertThat(check(table("852"))).isEmpty();
    }

    @Test
    void aTotalThatDoesNotIsAnErrorNamingTheTable() {
        List<Finding> findings = check(table("862"));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).rule()).isEqualTo("total-equals-sum");
        assertThat(findings.get(0).severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(findings.get(0).tables()).containsExactly("10.9");
        assertThat(findings.get(0).expected()).isEqualTo("852");
    }
}
