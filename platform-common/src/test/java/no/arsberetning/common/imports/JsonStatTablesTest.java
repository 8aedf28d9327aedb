package no.arsberetning.common.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import no.arsberetning.common.problem.Problems.FieldProblem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonStatTablesTest {

    private static final String NBSP = "\u00A0";

    /** A 2 × 2 table as the gateway writes it: period (1), entity (rows), measure (columns). */
    private static String dataset(String value, String status, String text) {
        return """
                {"version": "2.0", "class": "dataset", "label": "Tabell 4.4 Nøkkeltall", "source": "Trondheim kommune",
                 "updated": "2024-04-02T10:00:00Z",
                 "id": ["period", "entity", "measure"], "size": [1, 2, 2],
                 "role": {"time": ["period"], "metric": ["measure"]},
                 "dimension": {
                   "period": {"label": "År", "category": {"index": ["2023"], "label": {"2023": "2023"}}},
                   "entity": {"label": "Rad", "category": {"index": ["andel", "utgift"],
                              "label": {"andel": "Andel barn med plass", "utgift": "Utgift per barn, kr"}}},
                   "measure": {"label": "Kolonne", "category": {"index": ["trondheim-2022", "trondheim-2023"],
                              "label": {"trondheim-2022": "Trondheim 2022", "trondheim-2023": "Trondheim 2023"},
                              "unit": {"trondheim-2022": {"label": "mixed", "decimals": 1}}}}
                 },
                 "value": %s,
                 "status": %s,
                 "extension": {"arsberetning": {"table": "4.4", "labelHeader": "Nøkkeltall", "text": %s}}}
                """.formatted(value, status, text);
    }

    private static Sheet read(String json) {
        return JsonStatTables.read("fil", json.getBytes(UTF_8));
    }

    private static List<FieldProblem> problems(String json) {
        try {
            read(json);
        } catch (TabularFileException e) {
            assertThat(e.getMessage()).startsWith("JSON-stat-filen kan ikke leses");
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Nested
    class Valid {

        @Test
        void readsTheTableWithItsPrintedTextsWhereTheyAgreeWithTheValues() {
            Sheet sheet = read(dataset("[93.5, 94.1, 143010, null]", "{\"3\": \"..\"}",
                    "[\"93,5 %\", \"94,1 %\", \"143" + NBSP + "010\", \"..\"]"));

            assertThat(sheet.name()).isEqualTo("4.4");
            assertThat(sheet.rows()).containsExactly(
                    List.of("Nøkkeltall", "Trondheim 2022", "Trondheim 2023"),
                    List.of("Andel barn med plass", "93,5 %", "94,1 %"),
                    List.of("Utgift per barn, kr", "143" + NBSP + "010", ".."));
        }

        @Test
        void theValueWinsOverAPrintedTextThatSaysSomethingElse() {
            Sheet sheet = read(dataset("[93.5, 95.0, 1982.25, null]", "null", "[\"93,5 %\", \"94,1 %\", null, \"12\"]"));

            assertThat(sheet.rows().get(1)).containsExactly("Andel barn med plass", "93,5 %", "95,0");
            assertThat(sheet.rows().get(2)).as("no text: the value the Norwegian way; a null value is never a number")
                    .containsExactly("Utgift per barn, kr", "1" + NBSP + "982,25", "");
        }

        @Test
        void withoutPrintedTextsTheStatusSaysWhyAValueIsMissing() {
            Sheet sheet = read(dataset("[null, null, null, 5]", "[\"..\", \"-\", \".\", \"*\"]", "null"));

            assertThat(sheet.rows().get(1)).containsExactly("Andel barn med plass", "..", "-");
            assertThat(sheet.rows().get(2)).as("not applicable is «:» in print; a preliminary value keeps its value")
                    .containsExactly("Utgift per barn, kr", ":", "5");
        }

        @Test
        void readsValuesAndStatusAsObjectsAndIndexAsAnObject() {
            String json = dataset("{\"0\": 1, \"3\": 2}", "\"..\"", "null")
                    .replace("\"index\": [\"andel\", \"utgift\"]", "\"index\": {\"utgift\": 1, \"andel\": 0}");
            Sheet sheet = read(json);

            assertThat(sheet.rows().get(1)).containsExactly("Andel barn med plass", "1", "..");
            assertThat(sheet.rows().get(2)).containsExactly("Utgift per barn, kr", "..", "2");
        }

        @Test
        void aFileWithoutTheExtensionIsNamedByTheFileAndFindsRowsAndColumnsByRole() {
            String json = """
                    {"version": "2.0", "class": "dataset", "id": ["Tid", "Region", "ContentsCode"], "size": [1, 2, 1],
                     "role": {"time": ["Tid"], "metric": ["ContentsCode"]},
                     "dimension": {
                       "Tid": {"category": {"index": ["2023"]}},
                       "Region": {"label": "region", "category": {"index": ["5001", "4601"], "label": {"5001": "Trondheim", "4601": "Bergen"}}},
                       "ContentsCode": {"category": {"index": ["Andel"], "label": {"Andel": "Andel (prosent)"}}}},
                     "value": [93.5, 91]}
                    """;
            Sheet sheet = JsonStatTables.read("nokkeltall", json.getBytes(UTF_8));

            assertThat(sheet.name()).isEqualTo("nokkeltall");
            assertThat(sheet.rows()).containsExactly(List.of("region", "Andel (prosent)"), List.of("Trondheim", "93,5"),
                    List.of("Bergen", "91"));
        }

        @Test
        void tabularFilesReadsJsonAsTheThirdFormat() {
            List<Sheet> sheets = TabularFiles.read("tabell-4.4.JSON", dataset("[1, 2, 3, 4]", "null", "null").getBytes(UTF_8));

            assertThat(sheets).hasSize(1);
            assertThat(sheets.get(0).name()).isEqualTo("4.4");
            assertThat(sheets.get(0).rows().get(2)).containsExactly("Utgift per barn, kr", "3", "4");
        }
    }

    @Nested
    class Malformed {

        @Test
        void notJson() {
            assertThat(problems("{\"version\": ")).extracting(FieldProblem::field).containsExactly("file");
        }

        @Test
        void notAnObject() {
            assertThat(problems("[1, 2]")).extracting(FieldProblem::field).containsExactly("file");
        }

        @Test
        void namesEveryWrongHeaderField() {
            String json = dataset("[1, 2, 3, 4]", "null", "null")
                    .replace("\"version\": \"2.0\"", "\"version\": \"1.0\"")
                    .replace("\"class\": \"dataset\"", "\"class\": \"collection\"")
                    .replace("\"size\": [1, 2, 2]", "\"size\": [1, 3, 2]");

            assertThat(problems(json)).extracting(FieldProblem::field).containsExactly("class", "version", "size[1]");
        }

        @Test
        void aValueThatIsNoNumberOrTheWrongCount() {
            assertThat(problems(dataset("[1, \"to\", 3, 4]", "null", "null")))
                    .extracting(FieldProblem::field).containsExactly("value[1]");
            assertThat(problems(dataset("[1, 2, 3]", "null", "null")))
                    .extracting(FieldProblem::field).containsExactly("value");
            assertThat(problems(dataset("[1, 2, 3, 4]", "null", "[\"1\"]")))
                    .extracting(FieldProblem::field).containsExactly("extension.arsberetning.text");
        }

        @Test
        void aDimensionWithoutCategoriesOrNotDescribed() {
            String json = dataset("[1, 2, 3, 4]", "null", "null")
                    .replace("\"category\": {\"index\": [\"2023\"], \"label\": {\"2023\": \"2023\"}}", "\"category\": {}")
                    .replace("\"entity\": {\"label\": \"Rad\"", "\"rader\": {\"label\": \"Rad\"");

            assertThat(problems(json)).extracting(FieldProblem::field)
                    .containsExactly("dimension.period.category.index", "dimension.entity");
        }
    }

    @Nested
    class WrongDimensions {

        @Test
        void aThirdDimensionWithMoreThanOneCategory() {
            String json = dataset("[1, 2, 3, 4, 5, 6, 7, 8]", "null", "null")
                    .replace("\"size\": [1, 2, 2]", "\"size\": [2, 2, 2]")
                    .replace("\"index\": [\"2023\"], \"label\": {\"2023\": \"2023\"}", "\"index\": [\"2022\", \"2023\"]");

            assertThat(problems(json)).extracting(FieldProblem::field).containsExactly("dimension.period");
        }

        @Test
        void noWayToTellRowsFromColumns() {
            String json = """
                    {"version": "2.0", "class": "dataset", "id": ["a", "b", "c"], "size": [2, 2, 2],
                     "dimension": {"a": {"category": {"index": ["1", "2"]}}, "b": {"category": {"index": ["1", "2"]}},
                                   "c": {"category": {"index": ["1", "2"]}}},
                     "value": [1, 2, 3, 4, 5, 6, 7, 8]}
                    """;

            List<FieldProblem> problems = problems(json);
            assertThat(problems).extracting(FieldProblem::field).containsExactly("id");
            assertThat(problems.get(0).message()).contains("[a, b, c]");
        }

        @Test
        void tooManyValuesAreRefusedBeforeAnythingIsAllocated() {
            String json = dataset("[1]", "null", "null")
                    .replace("\"index\": [\"2023\"], \"label\": {\"2023\": \"2023\"}",
                            "\"index\": " + java.util.stream.IntStream.range(0, 300_000).mapToObj(i -> "\"" + i + "\"")
                                    .collect(java.util.stream.Collectors.joining(",", "[", "]")))
                    .replace("\"size\": [1, 2, 2]", "\"size\": [300000, 2, 2]");

            assertThat(problems(json)).extracting(FieldProblem::field).contains("size");
        }
    }

    @Test
    void anEmptyOrUnreadableFileIsATabularFileException() {
        assertThatThrownBy(() -> TabularFiles.read("x.json", new byte[0])).isInstanceOf(TabularFileException.class)
                .hasMessage("Filen er tom");
    }
}
