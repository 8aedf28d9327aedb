package no.arsberetning.keyfigures.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.arsberetning.common.imports.JsonStatDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CellLayoutTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jsonstat/ssb-12362-kultur.json", "jsonstat/ssb-12362-values-first.json"})
    void everyPositionBelongsToTheSliceAndRegionItsCodesName(String file) throws IOException {
        byte[] content = JsonStatStreamTest.resource(file);
        JsonStatDataset dataset = JsonStatDataset.read(content, JsonStatDataset.Rules.STATISTICS);
        CellLayout layout = CellLayout.of(dataset, JSON.readTree(content), 1_000_000);

        Set<String> seen = new HashSet<>();
        for (int position = 0; position < layout.cells; position++) {
            Map<String, String> codes = dataset.codesAt(position);
            int slice = layout.slice(position);
            assertThat(layout.measure(slice)).isEqualTo(codes.get("ContentsCode"));
            assertThat(layout.period(slice)).isEqualTo(codes.get("Tid"));
            assertThat(layout.geo.codes().get(layout.region(position))).isEqualTo(codes.get("KOKkommuneregion0000"));
            assertThat(seen.add(slice + "/" + layout.region(position))).as("position %d is the only one of its cell", position).isTrue();
        }
        assertThat(layout.slices).isEqualTo(4);
        assertThat(layout.regions).isEqualTo(9);
    }

    @Test
    void furtherDimensionsArePartOfTheMeasureAndItsLabel() {
        String file = """
                {"id": ["KOKfunksjon0000", "KOKkommuneregion0000", "ContentsCode", "Tid"], "size": [2, 2, 1, 1],
                 "role": {"time": ["Tid"], "metric": ["ContentsCode"], "geo": ["KOKkommuneregion0000"]},
                 "dimension": {
                   "KOKfunksjon0000": {"label": "funksjon", "category": {"index": ["FG2", "202"], "label": {"FG2": "Grunnskole", "202": "Grunnskole (202)"}}},
                   "KOKkommuneregion0000": {"label": "region", "category": {"index": ["0301", "5001"]}},
                   "ContentsCode": {"label": "statistikkvariabel", "category": {"index": ["KOSbelop0000"], "label": {"KOSbelop0000": "Beløp"},
                                    "unit": {"KOSbelop0000": {"base": "1000 kr", "decimals": 0}}}},
                   "Tid": {"label": "år", "category": {"index": ["2023"]}}},
                 "value": [1, 2, 3, 4]}
                """;
        JsonStatDataset dataset = JsonStatDataset.read(file.getBytes(StandardCharsets.UTF_8), JsonStatDataset.Rules.STATISTICS);
        CellLayout layout = CellLayout.of(dataset, JSON.readTree(file), 100);

        assertThat(layout.slices).isEqualTo(2);
        assertThat(List.of(layout.measure(0), layout.measure(1))).containsExactly("KOSbelop0000;FG2", "KOSbelop0000;202");
        assertThat(layout.measureLabel(0)).isEqualTo("Beløp (funksjon: Grunnskole)");
        assertThat(layout.contentsCode(1)).isEqualTo("KOSbelop0000");
        assertThat(layout.slice(2)).isEqualTo(1);
        assertThat(layout.region(3)).isEqualTo(1);
        assertThat(SliceFactory.unit(layout.unit(0).orElseThrow().base())).isEqualTo("TNOK");
    }

    @Test
    void aFileWithoutRegionOrMeasureDimensionIsRefusedNamingTheRole() {
        String file = """
                {"id": ["Alder", "Tid"], "size": [1, 1], "role": {"time": ["Tid"]},
                 "dimension": {"Alder": {"category": {"index": ["0-5"]}}, "Tid": {"category": {"index": ["2023"]}}}, "value": [1]}
                """;
        JsonStatDataset dataset = JsonStatDataset.read(file.getBytes(StandardCharsets.UTF_8), JsonStatDataset.Rules.STATISTICS);
        JsonNode metadata = JSON.readTree(file);

        assertThatThrownBy(() -> CellLayout.of(dataset, metadata, 100)).isInstanceOfSatisfying(FileRefusedException.class,
                refused -> assertThat(refused.errors()).extracting(ImportError::field).containsExactly("role.geo", "role.metric"));
    }

    @Test
    void aFileSpanningMoreCellsThanAllowedOrWithCodesThatCannotBeStoredIsRefused() {
        String file = """
                {"id": ["region", "ContentsCode", "Tid"], "size": [2, 1, 1], "role": {"time": ["Tid"]},
                 "dimension": {"region": {"category": {"index": ["0301", "50|01"]}}, "ContentsCode": {"category": {"index": ["A"]}},
                               "Tid": {"category": {"index": ["2023"]}}}, "value": [1, 2]}
                """;
        JsonStatDataset dataset = JsonStatDataset.read(file.getBytes(StandardCharsets.UTF_8), JsonStatDataset.Rules.STATISTICS);

        assertThatThrownBy(() -> CellLayout.of(dataset, JSON.readTree(file), 1)).isInstanceOfSatisfying(FileRefusedException.class,
                refused -> assertThat(refused.errors()).extracting(ImportError::field).containsExactly("size", "dimension.region.category.index"));
    }
}
