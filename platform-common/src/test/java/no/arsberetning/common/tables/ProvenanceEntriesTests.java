package no.arsberetning.common.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.report.ProvenanceEntry;
import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.TableColumn.ColumnType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A stored table's provenance becomes the report table's compact provenance list and per-cell references. */
class ProvenanceEntriesTests {

    private static final Instant IMPORTED = Instant.parse("2024-02-01T10:00:00Z");
    private static final Instant EDITED = Instant.parse("2024-03-05T12:30:00Z");
    private static final Provenance IMPORT = new Provenance("file-import", "drift.xlsx", "ab12", "controller", IMPORTED);
    private static final Provenance DEMO = new Provenance("demo-seed", "finance.json", "cd34", "demo-loader", IMPORTED);

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eachKindOfSourceMapsToItsEntry() {
        assertThat(ProvenanceEntries.of(DEMO)).isEqualTo(new ProvenanceEntry(null, "demo", "demo-loader", IMPORTED,
                "finance.json", "cd34", "Trondheim kommune, Årsberetning 2023 (trykt rapport)", null));
        assertThat(ProvenanceEntries.of(IMPORT)).isEqualTo(
                new ProvenanceEntry(null, "file-import", "controller", IMPORTED, "drift.xlsx", "ab12", null, null));
        assertThat(ProvenanceEntries.of(Provenance.manual("controller", EDITED)))
                .isEqualTo(new ProvenanceEntry(null, "manual", "controller", EDITED, null, null, null, null));
        assertThat(ProvenanceEntries.of(new Provenance("SSB tabell 12362", "12362.json", "ef56", "controller", EDITED)))
                .isEqualTo(new ProvenanceEntry(null, "external", "controller", EDITED, "12362.json", "ef56",
                        "SSB tabell 12362", null));
        assertThat(ProvenanceEntries.of(null)).isNull();
    }

    @Test
    void onlyCellsEditedAfterTheImportReferToTheirOwnEntry() {
        Provenance byHand = Provenance.manual("controller", EDITED);
        ReportedTable stored = table(IMPORT, Map.of("a/y", byHand, "b/x", byHand, "b/y", IMPORT));

        Table table = ReportTables.of(stored);

        assertThat(table.provenance()).extracting(ProvenanceEntry::id, ProvenanceEntry::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p1", "file-import"),
                        org.assertj.core.groups.Tuple.tuple("p2", "manual"));
        assertThat(table.rows().get(0).cells()).extracting(Cell::provenance).containsExactly(null, "p2");
        assertThat(table.rows().get(1).cells()).extracting(Cell::provenance).containsExactly("p2", null);
        assertThat(table.provenanceOf(table.rows().get(0).cells().get(0)).fileName()).isEqualTo("drift.xlsx");
        assertThat(table.provenanceOf(table.rows().get(0).cells().get(1)).by()).isEqualTo("controller");
        assertThat(table.provenanceOf(table.rows().get(0).cells().get(1)).at()).isEqualTo(EDITED);
    }

    @Test
    void aTableWithoutRecordedProvenanceHasNone() {
        Table table = ReportTables.of(table(null, Map.of()));
        assertThat(table.provenance()).isEmpty();
        assertThat(table.provenanceOf(table.rows().get(0).cells().get(0))).isNull();
    }

    @Test
    void theJsonRepeatsNoProvenanceOnCellsOfTheDefaultOrigin() {
        Table table = ReportTables.of(table(DEMO, Map.of("a/x", Provenance.manual("controller", EDITED))));

        String text = json.writeValueAsString(table);
        JsonNode tree = json.readTree(text);

        assertThat(tree.at("/provenance/0/source").asString()).isEqualTo(ProvenanceEntries.DEMO_SOURCE);
        assertThat(tree.at("/provenance/0/fileSha256").asString()).isEqualTo("cd34");
        assertThat(tree.at("/provenance/0").has("firstRelease")).isFalse();
        assertThat(tree.at("/rows/0/cells/0/provenance").asString()).isEqualTo("p2");
        assertThat(tree.at("/rows/0/cells/1").has("provenance")).isFalse();
        assertThat(tree.at("/rows/0/cells/1").has("reason")).isTrue();
        assertThat(json.readValue(text, Table.class)).isEqualTo(table);
    }

    @Test
    void aTableWithoutProvenanceWritesNoProvenanceList() {
        Table table = new Table("1.1", "t", "MNOK", null, List.of(), List.of());
        assertThat(json.readTree(json.writeValueAsString(table)).has("provenance")).isFalse();
    }

    private static ReportedTable table(Provenance provenance, Map<String, Provenance> edited) {
        List<TableRow> rows = List.of(row("a"), row("b"));
        return new ReportedTable("2023:1.1", 2023, "1.1", 0, "1", "1.1", "t", "MNOK", null, "s", List.of(), "",
                List.of(new TableColumn("x", "X", ColumnType.NUMBER), new TableColumn("y", "Y", ColumnType.NUMBER)),
                List.of(), rows, provenance, edited, 0L);
    }

    private static TableRow row(String key) {
        return new TableRow(key, key, "line", null,
                List.of(Cell.of(BigDecimal.ONE, "1", "MNOK"), Cell.of(BigDecimal.TEN, "10", "MNOK")));
    }
}
