package no.arsberetning.common.tables;

import no.arsberetning.common.StartupOrder;
import java.util.List;


import no.arsberetning.common.demo.DemoFiles;
import no.arsberetning.common.demo.DemoFiles.DemoFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Applies imports a crash left pending, then loads the demo dataset's tables on first start: through
 * the same {@link TableImporter} a file upload uses, exactly as printed.
 */
class DemoTablesLoader implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoTablesLoader.class);

    private final TableImporter importer;
    private final TableStore tables;
    private final DemoFiles files;

    DemoTablesLoader(TableImporter importer, TableStore tables, DemoFiles files) {
        this.importer = importer;
        this.tables = tables;
        this.files = files;
    }

    @Override
    public int getOrder() {
        return StartupOrder.TABLES;
    }

    @Override
    public void run(ApplicationArguments args) {
        importer.applyPending();
        for (DemoFile file : files.read()) {
            int year = file.year();
            List<TableDraft> drafts = DemoChapterFile.tables(file.content());
            if (drafts.isEmpty() || tables.hasAny(year)) {
                continue;
            }
            long started = System.nanoTime();
            importer.importTables(year, drafts, file.provenance(), true);
            log.info("Demo: {} tabeller fra {} lastet for {} på {} ms", drafts.size(), file.path(), year,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
