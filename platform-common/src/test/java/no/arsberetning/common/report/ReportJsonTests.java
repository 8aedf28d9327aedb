package no.arsberetning.common.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import no.arsberetning.common.report.Block.TableBlock;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.report.Table.Column;
import no.arsberetning.common.report.Table.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report document and findings serialise to the shapes of brief § 9, and read back the same. */
class ReportJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aTableCellCarriesNumberTextUnitAndNullReason() {
        Table table = new Table("4.1", "Regnskap og budsjett for barnehage 2023", "MNOK", null,
                List.of(new Column("actual", "Regnskap", "MNOK")),
                List.of(new Row("Millioner kroner", "line", List.of(Cell.of(new BigDecimal("1982.2"), "1 982,2", "MNOK")))));
        ReportDocument document = new ReportDocument("services-goals", 2023,
                List.of(new Chapter("4", "Oppvekst og utdanning", List.of(new Section("accounts", "Driftsregnskapet",
                        List.of(new TableBlock(table)))))));

        JsonNode tree = json.readTree(json.writeValueAsString(document));
        JsonNode block = tree.at("/chapters/0/sections/0/blocks/0");
        assertThat(block.get("type").asString()).isEqualTo("table");
        assertThat(block.at("/table/number").asString()).isEqualTo("4.1");
        JsonNode cell = block.at("/table/rows/0/cells/0");
        assertThat(cell.get("value").isNumber()).isTrue();
        assertThat(cell.get("value").decimalValue()).isEqualByComparingTo("1982.2");
        assertThat(cell.get("text").asString()).isEqualTo("1 982,2");
        assertThat(cell.get("reason").isNull()).isTrue();

        assertThat(json.readValue(json.writeValueAsString(document), ReportDocument.class)).isEqualTo(document);
    }

    @Test
    void findingsUseLowercaseSeverities() {
        Finding finding = new Finding("deviation-matches-inputs", Finding.Severity.ERROR, List.of("6.1"),
                List.of("kvalifisering-og-velferd"), "Avviket har feil fortegn", "-8,4", "8,4");
        JsonNode tree = json.readTree(json.writeValueAsString(finding));
        assertThat(tree.get("severity").asString()).isEqualTo("error");
        assertThat(tree.get("tables").get(0).asString()).isEqualTo("6.1");
    }

    @Test
    void goalStatusesHaveStableCodesAndNorwegianLabels() {
        assertThat(json.writeValueAsString(GoalStatus.LARGELY_REACHED)).isEqualTo("\"largely-reached\"");
        assertThat(GoalStatus.PARTLY_REACHED.label()).isEqualTo("Delvis nådd");
    }
}
