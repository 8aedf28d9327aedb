package no.arsberetning.gateway.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark harness of bench/run works: it composes generated reports and reports its numbers (no timing asserted). */
class CompositionCostTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theHarnessComposesEveryServicesChaptersAndReportsItsCost() {
        List<byte[]> reports = List.of(report("finance", "1"), report("hr", "2"), report("climate", "3"));
        CompositionCost cost = new CompositionCost(reports);

        JsonNode composed = JSON.readTree(cost.compose());
        List<String> chapters = new ArrayList<>();
        composed.get("chapters").forEach(c -> chapters.add(c.get("number").asString()));
        assertThat(chapters).containsExactly("1", "2", "3");
        assertThat(composed.at("/chapters/1/sections/0/blocks/0/table/rows/4/cells/0/value").decimalValue())
                .isEqualByComparingTo("4");

        JsonNode result = JSON.readTree(cost.measure(1, 2));
        assertThat(result.get("inputBytes").asLong()).isEqualTo(reports.stream().mapToLong(r -> r.length).sum());
        assertThat(result.get("composedBytes").asLong()).isGreaterThan(result.get("inputBytes").asLong() / 2);
        assertThat(result.get("runs").asInt()).isEqualTo(2);
        assertThat(result.at("/cpuMs/p50").isNumber()).isTrue();
    }

    /** A service's report as it would send it: one chapter with a table of ten numbered rows. */
    private static byte[] report(String source, String chapter) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new Table.Row("Rad " + i, "line", List.of(Table.Cell.of(BigDecimal.valueOf(i), String.valueOf(i), "MNOK"))));
        }
        Table table = new Table(chapter + ".1", "Tabell", "MNOK", null, List.of(new Table.Column("verdi", "Verdi", "MNOK")), rows);
        return JSON.writeValueAsBytes(new ReportDocument(source, 2023, List.of(new Chapter(chapter, "Kapittel " + chapter,
                List.of(new Section("tabeller", "Tabeller", List.of(new Block.TableBlock(table))))))));
    }
}
