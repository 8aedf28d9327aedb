package no.arsberetning.common.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.imports.JsonStatDataset.Checks;
import no.arsberetning.common.imports.JsonStatDataset.Dimension;
import no.arsberetning.common.imports.JsonStatDataset.Rules;
import no.arsberetning.common.imports.JsonStatDataset.Unit;
import no.arsberetning.common.problem.Problems.FieldProblem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonStatDatasetTest {

    /** A Statistics Norway style file: region (2, object index) × measure (2, with units) × year (1). */
    private static final String SSB = """
            {"version": "2.0", "class": "dataset", "label": "12562: Barnehager", "source": "Statistisk sentralbyrå",
             "updated": "2024-03-15T08:00:00Z",
             "id": ["Region", "ContentsCode", "Tid"], "size": [2, 2, 1],
             "role": {"geo": ["Region"], "metric": ["ContentsCode"], "time": ["Tid"]},
             "dimension": {
               "Region": {"label": "region", "category": {"index": {"5001": 0, "0301": 1},
                          "label": {"5001": "Trondheim", "0301": "Oslo"}}},
               "ContentsCode": {"label": "statistikkvariabel", "category": {"index": {"andel": 0, "utgift": 1},
                          "label": {"andel": "Andel", "utgift": "Utgift"},
                          "unit": {"andel": {"base": "prosent", "decimals": 1}, "utgift": {"label": "kr"}}}},
               "Tid": {"label": "år", "category": {"label": {"2023": "2023"}}}
             },
             "value": {"0": 93.9, "1": 193931, "2": 88.1, "3": null},
             "status": {"3": ".."},
             "extension": {"px": {"tableid": "12562"}}}
            """;

    private static JsonStatDataset read(String json, Rules rules) {
        return JsonStatDataset.read(json.getBytes(UTF_8), rules);
    }

    /** The problems the file is refused with (the test fails when it is read). */
    private static List<FieldProblem> problems(String json, Rules rules) {
        Throwable thrown = catchThrowable(() -> read(json, rules));
        assertThat(thrown).isInstanceOf(TabularFileException.class).hasMessageStartingWith("JSON-stat-filen kan ikke leses");
        return ((TabularFileException) thrown).problems();
    }

    @Nested
    class Valid {

        @Test
        void readsDimensionsRolesUnitsAndExactValuesInPositionOrder() {
            JsonStatDataset dataset = read(SSB, Rules.STATISTICS);

            assertThat(dataset.label()).isEqualTo("12562: Barnehager");
            assertThat(dataset.source()).isEqualTo("Statistisk sentralbyrå");
            assertThat(dataset.updated()).isEqualTo(Instant.parse("2024-03-15T08:00:00Z"));
            assertThat(dataset.dimensions()).extracting(Dimension::id).containsExactly("Region", "ContentsCode", "Tid");
            assertThat(dataset.dimensions()).extracting(Dimension::role).containsExactly("geo", "metric", "time");
            assertThat(dataset.roles()).containsEntry("metric", List.of("ContentsCode"));
            Dimension region = dataset.withRole("geo").orElseThrow();
            assertThat(region.codes()).containsExactly("5001", "0301");
            assertThat(region.labelOf("0301")).isEqualTo("Oslo");
            assertThat(region.labelOf("9999")).isEqualTo("9999");
            assertThat(dataset.dimension("Tid").orElseThrow().codes()).containsExactly("2023");
            assertThat(dataset.dimension("ContentsCode").orElseThrow().units())
                    .containsEntry("andel", new Unit("prosent", 1))
                    .containsEntry("utgift", new Unit("kr", null));
            assertThat(dataset.size()).isEqualTo(4);
            assertThat(dataset.values()).containsExactly(new BigDecimal("93.9"), new BigDecimal("193931"),
                    new BigDecimal("88.1"), null);
            assertThat(dataset.statuses()).containsExactly(null, null, null, "..");
            assertThat(dataset.extension().path("px").path("tableid").asString()).isEqualTo("12562");
        }

        @Test
        void positionsAreRowMajorWithTheLastDimensionFastest() {
            JsonStatDataset dataset = read(SSB, Rules.STATISTICS);

            assertThat(dataset.strides()).containsExactly(2, 1, 1);
            assertThat(dataset.codesAt(2)).containsExactly(Map.entry("Region", "0301"), Map.entry("ContentsCode", "andel"),
                    Map.entry("Tid", "2023"));
            assertThat(dataset.codesAt(1)).containsEntry("Region", "5001").containsEntry("ContentsCode", "utgift");
        }

        @Test
        void aStatusTextAppliesToEveryValueAndArraysAreReadAsIs() {
            String json = SSB.replace("{\"3\": \"..\"}", "\"*\"")
                    .replace("{\"0\": 93.9, \"1\": 193931, \"2\": 88.1, \"3\": null}", "[1, 2, 3, 4.5]");

            JsonStatDataset dataset = read(json, Rules.STATISTICS);

            assertThat(dataset.statuses()).containsExactly("*", "*", "*", "*");
            assertThat(dataset.values().get(3)).isEqualTo(new BigDecimal("4.5"));
        }

        @Test
        void aLocalOrDateOnlyUpdatedIsOsloTime() {
            assertThat(read(SSB.replace("2024-03-15T08:00:00Z", "2024-03-15"), Rules.STATISTICS).updated())
                    .isEqualTo(Instant.parse("2024-03-14T23:00:00Z"));
            assertThat(read(SSB.replace("2024-03-15T08:00:00Z", "2024-03-15T08:00"), Rules.STATISTICS).updated())
                    .isEqualTo(Instant.parse("2024-03-15T07:00:00Z"));
        }
    }

    @Nested
    class Rulesets {

        @Test
        void statisticsFilesNeedATimeRoleAndAValidUpdatedButNoHeader() {
            String json = SSB.replace("\"version\": \"2.0\", \"class\": \"dataset\", ", "")
                    .replace(", \"time\": [\"Tid\"]", "")
                    .replace("2024-03-15T08:00:00Z", "i går");

            assertThat(problems(json, Rules.STATISTICS)).extracting(FieldProblem::field).containsExactly("role.time", "updated");
        }

        @Test
        void platformFilesNeedClassAndVersionAndReadABadUpdatedAsNone() {
            String json = SSB.replace("\"version\": \"2.0\", \"class\": \"dataset\", ", "");
            assertThat(problems(json, Rules.platform(Checks.NONE))).extracting(FieldProblem::field)
                    .containsExactly("class", "version");

            String noTime = SSB.replace(", \"time\": [\"Tid\"]", "").replace("2024-03-15T08:00:00Z", "i går");
            assertThat(read(noTime, Rules.platform(Checks.NONE)).updated()).isNull();
        }

        @Test
        void aWrongClassOrVersionIsNamedInEitherRuleset() {
            String json = SSB.replace("\"2.0\"", "\"1.0\"").replace("\"dataset\"", "\"collection\"");

            List<FieldProblem> problems = problems(json, Rules.STATISTICS);
            assertThat(problems).extracting(FieldProblem::field).containsExactly("class", "version");
            assertThat(problems.get(0).message()).contains("collection");
            assertThat(problems(json, Rules.platform(Checks.NONE))).extracting(FieldProblem::field)
                    .containsExactly("class", "version");
        }

        @Test
        void checksAddTheirProblemsToTheReadersAndSeeTheStructureBeforeTheValues() {
            List<Integer> valuesSeen = new ArrayList<>();
            Checks checks = new Checks() {
                @Override
                public void structure(JsonStatDataset dataset, List<FieldProblem> problems) {
                    valuesSeen.add(dataset.values().size());
                    problems.add(new FieldProblem("structure", "x"));
                }

                @Override
                public void contents(JsonStatDataset dataset, List<FieldProblem> problems) {
                    valuesSeen.add(dataset.values().size());
                    problems.add(new FieldProblem("contents", "y"));
                }
            };
            String json = SSB.replace("\"1\": 193931", "\"1\": \"mye\"");

            assertThat(problems(json, Rules.platform(checks))).extracting(FieldProblem::field)
                    .containsExactly("structure", "value.1", "contents");
            assertThat(valuesSeen).containsExactly(0, 4);
        }
    }

    @Nested
    class Invalid {

        @Test
        void notJsonOrNotAnObject() {
            assertThat(problems("{\"class\":", Rules.STATISTICS)).extracting(FieldProblem::field).containsExactly("file");
            assertThat(problems("[1]", Rules.STATISTICS)).extracting(FieldProblem::field).containsExactly("file");
        }

        @Test
        void sizesThatDisagreeWithTheDimensions() {
            assertThat(problems(SSB.replace("\"size\": [2, 2, 1]", "\"size\": [2, 3, 1]"), Rules.STATISTICS))
                    .extracting(FieldProblem::field).containsExactly("size[1]");
            assertThat(problems(SSB.replace("\"size\": [2, 2, 1]", "\"size\": [2, 2]"), Rules.STATISTICS))
                    .extracting(FieldProblem::field).containsExactly("size");
        }

        @Test
        void badCategories() {
            assertThat(problems(SSB.replace("{\"5001\": 0, \"0301\": 1}", "{\"5001\": 0, \"0301\": 0}"), Rules.STATISTICS))
                    .extracting(FieldProblem::field).containsExactly("dimension.Region.category.index");
            String twice = SSB.replace("{\"5001\": 0, \"0301\": 1}", "[\"5001\", \"5001\"]");
            assertThat(problems(twice, Rules.STATISTICS)).extracting(FieldProblem::field)
                    .containsExactly("dimension.Region.category.index");
            assertThat(problems(SSB.replace("{\"label\": {\"2023\": \"2023\"}}", "{}"), Rules.STATISTICS))
                    .extracting(FieldProblem::field).containsExactly("dimension.Tid.category.index");
        }

        @Test
        void badValuesAndStatusesAreAllNamed() {
            String json = SSB.replace("\"1\": 193931", "\"1\": \"mye\", \"9\": 1").replace("{\"3\": \"..\"}", "[\"..\"]");

            assertThat(problems(json, Rules.STATISTICS)).extracting(FieldProblem::field)
                    .containsExactly("value.1", "value.9", "status");
            assertThat(problems(SSB.replace("{\"3\": \"..\"}", "{\"x\": \"..\"}"), Rules.STATISTICS))
                    .extracting(FieldProblem::field).containsExactly("status.x");
            assertThat(problems(SSB.replace("{\"3\": \"..\"}", "7"), Rules.STATISTICS))
                    .extracting(FieldProblem::field).containsExactly("status");
            assertThat(problems(SSB.replace("{\"0\": 93.9, \"1\": 193931, \"2\": 88.1, \"3\": null}", "[1, 2]"),
                    Rules.STATISTICS)).extracting(FieldProblem::field).containsExactly("value");
        }

        @Test
        void tooManyValuesAreRefusedBeforeTheValuesAreRead() {
            String[] codes = new String[600_000];
            Arrays.setAll(codes, i -> "\"" + i + "\"");
            String json = SSB.replace("{\"5001\": 0, \"0301\": 1}", "[" + String.join(",", codes) + "]")
                    .replace("\"size\": [2, 2, 1]", "\"size\": [600000, 2, 1]");

            assertThatThrownBy(() -> read(json, Rules.STATISTICS)).isInstanceOf(TabularFileException.class)
                    .extracting(e -> ((TabularFileException) e).problems().get(0).field()).isEqualTo("size");
        }
    }
}
