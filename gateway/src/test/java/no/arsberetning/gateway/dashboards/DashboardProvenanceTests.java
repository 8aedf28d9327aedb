package no.arsberetning.gateway.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.gateway.dashboards.Dashboard.AreaDeviation;
import no.arsberetning.gateway.services.ServiceApi.StoredColumn;
import no.arsberetning.gateway.services.ServiceApi.StoredRow;
import no.arsberetning.gateway.services.ServiceApi.StoredTable;

import org.junit.jupiter.api.Test;

/** Each deviation on the dashboard names where its number came from: the table's import, or its own edit. */
class DashboardProvenanceTests {

    private static final Provenance DEMO = new Provenance("demo-seed", "chapter-1.json", "abc", "demo-loader",
            Instant.parse("2024-01-10T08:00:00Z"));

    @Test
    void aDeviationEditedByHandNamesTheEditorAndTheOthersTheDemoSource() {
        StoredTable table = new StoredTable("1.2", "1.2", "Regnskap", "MNOK", null,
                List.of(new StoredColumn("regnskap", "Regnskap", "NUMBER"), new StoredColumn("revidert", "Revidert budsjett", "NUMBER"),
                        new StoredColumn("avvik", "Avvik", "NUMBER")),
                List.of(row("skoler", "skole"), row("barnehager", "barnehage")), DEMO,
                Map.of("barnehager/avvik", Provenance.manual("controller", Instant.parse("2024-03-01T10:00:00Z"))));

        List<AreaDeviation> rows = Dashboards.deviationPerArea(table);

        assertThat(rows.get(0).provenance().kind()).isEqualTo("demo");
        assertThat(rows.get(0).provenance().source()).isEqualTo("Trondheim kommune, Årsberetning 2023 (trykt rapport)");
        assertThat(rows.get(1).provenance().kind()).isEqualTo("manual");
        assertThat(rows.get(1).provenance().by()).isEqualTo("controller");
    }

    @Test
    void aTableWithoutRecordedProvenanceGivesNone() {
        StoredTable table = new StoredTable("1.2", "1.2", "Regnskap", "MNOK", null,
                List.of(new StoredColumn("regnskap", "Regnskap", "NUMBER"), new StoredColumn("revidert", "Revidert budsjett", "NUMBER"),
                        new StoredColumn("avvik", "Avvik", "NUMBER")),
                List.of(row("skoler", "skole")));
        assertThat(Dashboards.deviationPerArea(table).get(0).provenance()).isNull();
    }

    private static StoredRow row(String key, String area) {
        return new StoredRow(key, key, "line", area, List.of(Cell.of(BigDecimal.TEN, "10", "MNOK"),
                Cell.of(BigDecimal.valueOf(12), "12", "MNOK"), Cell.of(BigDecimal.valueOf(2), "2", "MNOK")));
    }
}
