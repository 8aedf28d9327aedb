package no.arsberetning.common.tables;

import no.arsberetning.common.StartupOrder;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/** Completes, on start, the import batches a crash left pending (see {@link ImportBatch}). */
class PendingImportsRecovery implements ApplicationRunner, Ordered {

    private final TableImporter importer;

    PendingImportsRecovery(TableImporter importer) {
        this.importer = importer;
    }

    @Override
    public int getOrder() {
        return StartupOrder.RECOVERY;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        importer.applyPending();
    }
}
