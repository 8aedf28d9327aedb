package no.arsberetning.common.tables;

import no.arsberetning.common.StartupOrder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import no.arsberetning.common.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;

/**
 * Applies imports a crash left pending, then loads the demo dataset's tables on first start: through
 * the same {@link TableImporter} a file upload uses, exactly as printed.
 */
class DemoTablesLoader implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoTablesLoader.class);

    private final TableImporter importer;
    private final TableStore tables;
    private final ObjectMapper json;
    private final List<String> files;
    private final boolean load;
    private final Clock clock;

    DemoTablesLoader(TableImporter importer, TableStore tables, ObjectMapper json, List<String> files, boolean load, Clock clock) {
        this.importer = importer;
        this.tables = tables;
        this.json = json;
        this.files = files;
        this.load = load;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return StartupOrder.TABLES;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        importer.applyPending();
        if (!load) {
            return;
        }
        for (String file : files) {
            ClassPathResource resource = new ClassPathResource(file);
            byte[] content;
            try (InputStream in = resource.getInputStream()) {
                content = in.readAllBytes();
            }
            JsonNode chapter = json.readTree(content);
            int year = DemoChapterFile.year(chapter);
            List<TableDraft> drafts = DemoChapterFile.tables(chapter);
            if (drafts.isEmpty() || tables.hasAny(year)) {
                continue;
            }
            long started = System.nanoTime();
            Provenance provenance = new Provenance("demo-seed", resource.getFilename(), Sha256.of(content),
                    "demo-loader", clock.instant());
            importer.importTables(year, drafts, provenance, true);
            log.info("Demo: {} tabeller fra {} lastet for {} på {} ms", drafts.size(), file, year,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
