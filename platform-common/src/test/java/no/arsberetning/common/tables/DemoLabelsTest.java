package no.arsberetning.common.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labels of the demo tables (column headers as the report shows them, the row-header column's heading, row
 * labels) of every service read as whole words: a word the transcription broke at a printed line end is fixed at
 * the source, in the service's demo file, and this test rejects it coming back.
 */
class DemoLabelsTest {

    private static final Path SERVICES = Path.of("..");

    @Test
    void findsAWordSplitByASpaceOrAHyphenLeftAtALineEnd() {
        BrokenWords broken = new BrokenWords(List.of("Stavanger har et gjennomsnitt over tid; overtid er sjelden.",
                "Virksomhetsområde og lærekandidater, Barne- og familietjenester, IT-driftsfaget, antall pr 31.12."));
        assertThat(broken.in("Stavange r 2023")).containsExactly("Stavange r");
        assertThat(broken.in("ASSS gjennomsnit t 2023")).containsExactly("gjennomsnit t");
        assertThat(broken.in("ASSS gjennomsn itt 2023")).containsExactly("gjennomsn itt");
        assertThat(broken.in("Virksomhets- område")).containsExactly("Virksomhets- område");
        assertThat(broken.in("Lære-kandidater")).containsExactly("Lære-kandidater");
        assertThat(broken.in("Kostnad per innbygge r")).as("a lone consonant").containsExactly("innbygge r");
    }

    @Test
    void leavesWholeWordsSuspendedCompoundsAndRealHyphensAlone() {
        BrokenWords broken = new BrokenWords(List.of("Stavanger har et gjennomsnitt over tid; overtid er sjelden.",
                "Barne- og familietjenester, IT-driftsfaget, antall pr 31.12., bo- og aktivitetstilbud"));
        assertThat(broken.in("ASSS gjennomsnitt 2023")).isEmpty();
        assertThat(broken.in("Endring over tid")).isEmpty();
        assertThat(broken.in("Barne- og familietjenester")).isEmpty();
        assertThat(broken.in("IT-driftsfaget")).isEmpty();
        assertThat(broken.in("Antall ansatte i DIA pr")).isEmpty();
        assertThat(broken.in("Regnskap 2023 i mill. kr")).isEmpty();
    }

    @Test
    void everyDemoTableLabelOfEveryServiceReadsAsWholeWords() throws IOException {
        List<Path> files = demoFiles();
        assertThat(files).as("the demo files of the services").hasSizeGreaterThanOrEqualTo(4);
        JsonMapper json = JsonMapper.builder().build();
        List<String> corpus = new ArrayList<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (Path file : files) {
            JsonNode content = json.readTree(Files.readString(file));
            strings(content, corpus);
            for (TableDraft table : DemoChapterFile.tables(content)) {
                String service = SERVICES.relativize(file).getName(0).toString();
                List<String> own = labels.computeIfAbsent(service + " " + (table.number() == null ? table.key() : table.number()),
                        k -> new ArrayList<>());
                own.add(table.labelHeader());
                own.addAll(table.columnLabels());
                table.rows().forEach(row -> own.add(row.label()));
            }
        }
        assertThat(labels).as("tables in the demo files").hasSizeGreaterThan(50);
        BrokenWords broken = new BrokenWords(corpus);
        Map<String, List<String>> found = new LinkedHashMap<>();
        labels.forEach((table, own) -> own.forEach(label -> {
            List<String> pieces = broken.in(label);
            if (!pieces.isEmpty()) {
                found.computeIfAbsent(table, k -> new ArrayList<>()).add(label + " " + pieces);
            }
        }));
        assertThat(found).as("labels with a word broken at a printed line end (fix them in the demo file)").isEmpty();
    }

    /** Every service's demo files ({@code <service>/src/main/resources/demo/<year>/*.json}) that hold tables. */
    private static List<Path> demoFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> services = Files.list(SERVICES)) {
            for (Path service : services.sorted().toList()) {
                Path demo = service.resolve("src/main/resources/demo");
                if (Files.isDirectory(demo)) {
                    try (Stream<Path> found = Files.walk(demo)) {
                        found.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
                    }
                }
            }
        }
        return files;
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isString()) {
            out.add(node.asString());
        }
        node.forEach(child -> strings(child, out));
    }
}
