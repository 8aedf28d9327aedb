package no.arsberetning.common.tables;

import java.util.List;

import no.arsberetning.common.StartupOrder;
import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a demo file's tables on first start, before any service's own loader: through the same
 * {@link TableImporter} a file upload uses, exactly as printed.
 */
class DemoTablesLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoTablesLoader.class);

    private final TableImporter importer;
    private final TableStore tables;

    DemoTablesLoader(TableImporter importer, TableStore tables) {
        this.importer = importer;
        this.tables = tables;
    }

    @Override
    public int getOrder() {
        return StartupOrder.TABLES;
    }

    @Override
    public void load(DemoFile file) {
        int year = file.year();
        List<TableDraft> drafts = DemoChapterFile.tables(file.content());
        if (drafts.isEmpty() || tables.hasAny(year)) {
            return;
        }
        long started = System.nanoTime();
        importer.importTables(year, drafts, file.provenance(), true);
        log.info("Demo: {} tabeller fra {} lastet for {} på {} ms", drafts.size(), file.path(), year,
                (System.nanoTime() - started) / 1_000_000);
    }
}
