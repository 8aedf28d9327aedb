package no.arsberetning.keyfigures.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import no.arsberetning.common.imports.JsonStatDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

class JsonStatStreamTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jsonstat/ssb-12362-kultur.json", "jsonstat/ssb-12362-values-first.json"})
    void theStreamedCellsAreWhatTheCoresTreeReaderReadsFromTheSameFile(String file) throws IOException {
        byte[] content = resource(file);
        JsonStatDataset tree = JsonStatDataset.read(content, JsonStatDataset.Rules.STATISTICS);

        Streamed streamed = stream(content);

        assertThat(streamed.read.valueEntries()).isPositive();
        for (int i = 0; i < tree.values().size(); i++) {
            BigDecimal expected = tree.values().get(i);
            BigDecimal actual = streamed.values.get(i);
            assertThat(actual == null ? null : actual.stripTrailingZeros()).as("value %d", i)
                    .isEqualTo(expected == null ? null : expected.stripTrailingZeros());
            assertThat(streamed.statuses.get(i)).as("status %d", i).isEqualTo(tree.statuses().get(i));
        }
        assertThat(streamed.read.values()).isEqualTo(tree.values().stream().filter(v -> v != null).count());
    }

    @Test
    void valuesKeepTheirDecimalsExactly() throws IOException {
        Streamed streamed = stream(utf8("{\"value\": [12.50, -0.1, 123456789012345678901.25, 7, 1e3, null]}"));

        assertThat(streamed.values.get(0)).isEqualTo(new BigDecimal("12.50"));
        assertThat(streamed.values.get(1)).isEqualTo(new BigDecimal("-0.1"));
        assertThat(streamed.values.get(2)).isEqualTo(new BigDecimal("123456789012345678901.25"));
        assertThat(streamed.values.get(3)).isEqualTo(new BigDecimal("7"));
        assertThat(streamed.values.get(4)).isEqualByComparingTo("1000");
        assertThat(streamed.values).doesNotContainKey(5);
        assertThat(streamed.read.valueEntries()).isEqualTo(6);
    }

    @Test
    void aStatusGivenAsOneTextIsKeptForEveryValue() throws IOException {
        Streamed streamed = stream(utf8("{\"status\": \"*\", \"value\": [1, 2]}"));

        assertThat(streamed.read.statusForm()).isEqualTo(JsonStatStream.Form.SINGLE);
        assertThat(streamed.read.statusForAll()).isEqualTo("*");
    }

    @Test
    void aTextAmongTheValuesIsRefusedWithItsLineColumnAndPath() {
        String file = """
                {
                  "id": ["Tid"],
                  "value": [1, 2,
                            "3,5", null]
                }
                """;

        assertThatThrownBy(() -> stream(utf8(file))).isInstanceOfSatisfying(FileRefusedException.class, refused ->
                assertThat(refused.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("value[2]");
                    assertThat(error.line()).isEqualTo(4);
                    assertThat(error.column()).isEqualTo(13);
                    assertThat(error.message()).contains("«3,5» er ikke et tall");
                }));
    }

    @Test
    void brokenJsonIsRefusedWhereItBreaks() {
        String file = """
                {
                  "id": ["Tid"],
                  "value": [1, 2 3]
                }
                """;

        assertThatThrownBy(() -> stream(utf8(file))).isInstanceOfSatisfying(FileRefusedException.class, refused ->
                assertThat(refused.errors()).singleElement().satisfies(error -> {
                    assertThat(error.line()).isEqualTo(3);
                    assertThat(error.column()).isEqualTo(18);
                    assertThat(error.field()).isEqualTo("value[2]");
                    assertThat(error.message()).startsWith("Filen er ikke gyldig JSON");
                }));
    }

    @Test
    void aFileWithoutValuesOrNotAnObjectIsRefused() {
        assertThatThrownBy(() -> stream(utf8("{\"id\": []}"))).isInstanceOfSatisfying(FileRefusedException.class,
                refused -> assertThat(refused.errors()).extracting(ImportError::field).containsExactly("value"));
        assertThatThrownBy(() -> stream(utf8("[1, 2]"))).isInstanceOfSatisfying(FileRefusedException.class,
                refused -> assertThat(refused.errors()).extracting(ImportError::field).containsExactly("file"));
    }

    @Test
    void sparsePositionsThatAreNoNumbersAndStatusesThatAreNoTextsAreEachNamed() {
        String file = "{\"value\": {\"0\": 1, \"x\": 2}, \"status\": {\"0\": 5}}";

        assertThatThrownBy(() -> stream(utf8(file))).isInstanceOfSatisfying(FileRefusedException.class,
                refused -> assertThat(refused.errors()).extracting(ImportError::field).containsExactly("value.x", "status.0"));
    }

    @Test
    void moreValuesThanAFileMayHaveStopsTheReading() {
        JsonStatStream stream = new JsonStatStream(3);
        assertThatThrownBy(() -> read(stream, utf8("{\"value\": [1, 2, 3, 4, 5]}"))).isInstanceOfSatisfying(FileRefusedException.class,
                refused -> assertThat(refused.errors()).extracting(ImportError::field).containsExactly("value"));
    }

    private Streamed stream(byte[] content) throws IOException {
        return read(new JsonStatStream(1_000_000), content);
    }

    private Streamed read(JsonStatStream stream, byte[] content) throws IOException {
        Path spill = Files.createTempFile(folder, "cells", ".bin");
        JsonStatStream.Result read;
        try (InputStream in = new ByteArrayInputStream(content); CellRecords.Writer cells = new CellRecords.Writer(spill)) {
            read = stream.read(in, cells, n -> { });
        }
        Map<Integer, BigDecimal> values = new HashMap<>();
        Map<Integer, String> statuses = new HashMap<>();
        try (CellRecords.Reader reader = new CellRecords.Reader(spill)) {
            for (CellRecords.Cell cell = reader.next(); cell != null; cell = reader.next()) {
                if (cell.kind == CellRecords.STATUS) {
                    statuses.put(cell.position, read.symbols().get(cell.symbol - 1));
                } else {
                    values.put(cell.position, cell.decimal());
                }
            }
        }
        return new Streamed(read, values, statuses);
    }

    private record Streamed(JsonStatStream.Result read, Map<Integer, BigDecimal> values, Map<Integer, String> statuses) {
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
