package no.arsberetning.keyfigures.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.imports.JsonStatDataset;
import no.arsberetning.common.imports.TabularFileException;
import no.arsberetning.common.locking.Leases;
import no.arsberetning.keyfigures.KeyFiguresProperties;
import no.arsberetning.keyfigures.store.CommittedImports;
import no.arsberetning.keyfigures.store.FigureStore;
import no.arsberetning.keyfigures.store.Region;
import no.arsberetning.keyfigures.store.RegionKind;
import no.arsberetning.keyfigures.store.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One import, start to end: wait for the store's import lock; read the file once, streaming, spilling the cells
 * to disk; check the structure (the core's JSON-stat rules) and where every cell belongs; sort the cells into
 * slices and write them in bulk under the import's id; then commit — one write of the import's record — and
 * tidy up. A file with any problem is refused whole and leaves the store as it was.
 */
@Component
class KeyFigureImporter {

    private static final Logger log = LoggerFactory.getLogger(KeyFigureImporter.class);
    private static final String COUNTERS = "key_figure_counters";
    /**
     * One import at a time in the whole store, whichever instance runs it: imports merge their slices with what is
     * visible, so two at once could lose each other's regions. A lease, renewed while the import works.
     */
    static final String IMPORT_LEASE = "key-figure-import";

    private final MongoOperations mongo;
    private final FigureStore store;
    private final Regions regions;
    private final Leases leases;
    private final FailedImports failures;
    private final Clock clock;
    private final KeyFiguresProperties properties;

    KeyFigureImporter(MongoOperations mongo, FigureStore store, Regions regions, Leases leases, FailedImports failures, Clock clock,
            KeyFiguresProperties properties) {
        this.mongo = mongo;
        this.store = store;
        this.regions = regions;
        this.leases = leases;
        this.failures = failures;
        this.clock = clock;
        this.properties = properties;
    }

    /** Runs the import of the file (deleted afterwards); its record must exist and be running. */
    void run(String importId, Path file) {
        ImportProgress progress = new ImportProgress(mongo, clock, importId);
        boolean holding = false;
        try {
            holding = awaitLock(importId, progress);
            importFile(importId, file, progress);
        } catch (FileRefusedException refused) {
            failures.fail(importId, refused.errors());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            failures.fail(importId, List.of(ImportError.at("file", "Importen ble avbrutt fordi tjenesten stoppet. Ingenting er endret.")));
        } catch (RuntimeException | IOException e) {
            log.error("Import {} failed", importId, e);
            failures.fail(importId, FailedImports.unexpected());
        } finally {
            if (holding) {
                leases.release(IMPORT_LEASE);
            }
            delete(file);
        }
    }

    private boolean awaitLock(String importId, ImportProgress progress) throws InterruptedException {
        while (!leases.claim(IMPORT_LEASE, properties.importLease())) {
            progress.heartbeat();
            Thread.sleep(1000);
        }
        return true;
    }

    private void importFile(String importId, Path file, ImportProgress progress) throws IOException {
        Path folder = file.getParent();
        Path spill = folder.resolve(importId + ".cells");
        try {
            long size = Files.size(file);
            JsonStatStream.Result read;
            try (Counting in = new Counting(Files.newInputStream(file));
                    CellRecords.Writer cells = new CellRecords.Writer(spill)) {
                read = new JsonStatStream(properties.maxCells()).read(in, cells, values -> {
                    progress.reading(in.count, values);
                    renew(importId);
                });
            }
            CellLayout layout = layout(read);
            progress.now(new Update().set("bytesRead", size).set("valuesRead", read.values()).set("valuesTotal", layout.cells)
                    .set("slicesTotal", layout.slices).set("table", layout.table()).set("label", layout.structure.label())
                    .set("source", layout.structure.source()).set("updated", layout.updated())
                    .set("periods", layout.time.codes()).set("measures", layout.metric.codes().size()));
            SliceWriter writer;
            try (CellPartitions partitions = new CellPartitions(layout, folder, importId)) {
                List<ImportError> outside = partitions.distribute(spill);
                delete(spill);
                if (!outside.isEmpty()) {
                    throw new FileRefusedException(outside);
                }
                writer = new SliceWriter(mongo, store, importId, new SliceFactory(layout, importId), properties.batchValues(),
                        (done, unchanged, written) -> {
                            progress.writing(done, unchanged, written);
                            renew(importId);
                        });
                partitions.forEachSlice(new CellPartitions.Statuses(read.symbols(), read.statusForAll()), writer::add);
                writer.flush();
            }
            commit(importId, writer);
            writer.afterCommit();
            regions.remember(regionsOf(layout));
        } finally {
            delete(spill);
        }
    }

    /** Keeps the import lock; an import that lost it (stalled longer than the lease) stops. */
    private void renew(String importId) {
        if (!leases.claim(IMPORT_LEASE, properties.importLease())) {
            throw new IllegalStateException("Import " + importId + " lost the import lock");
        }
    }

    /** The file's layout, once its structure passes the core's JSON-stat rules and its values fit the dimensions. */
    private CellLayout layout(JsonStatStream.Result read) {
        JsonStatDataset structure;
        try {
            structure = JsonStatDataset.structure(read.metadata(), JsonStatDataset.Rules.STATISTICS, new ArrayList<>());
        } catch (TabularFileException e) {
            throw new FileRefusedException(e.problems().stream().map(p -> ImportError.at(p.field(), p.message())).toList());
        }
        CellLayout layout = CellLayout.of(structure, read.metadata(), properties.maxCells());
        List<ImportError> problems = new ArrayList<>();
        if (read.valueForm() == JsonStatStream.Form.ARRAY && read.valueEntries() != layout.cells) {
            problems.add(ImportError.at("value", "«value» har " + read.valueEntries() + " verdier, men dimensjonene gir " + layout.cells + "."));
        }
        if (read.statusForm() == JsonStatStream.Form.ARRAY && read.statusEntries() != layout.cells) {
            problems.add(ImportError.at("status", "«status» har " + read.statusEntries() + " verdier, men dimensjonene gir " + layout.cells + "."));
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return layout;
    }

    /** Makes everything the import wrote visible at once: its record turns done with the next commit number. */
    private void commit(String importId, SliceWriter writer) {
        Map<String, Object> counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("commits")), new Update().inc("seq", 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Map.class, COUNTERS);
        long seq = ((Number) counter.get("seq")).longValue();
        Update done = new Update().set("state", CommittedImports.DONE).set("seq", seq).set("finishedAt", clock.instant())
                .set("heartbeat", clock.instant()).set("slicesDone", writer.slicesDone()).set("slicesUnchanged", writer.slicesUnchanged())
                .set("valuesWritten", writer.valuesWritten());
        long committed = mongo.updateFirst(Query.query(Criteria.where("_id").is(importId).and("state").is(ImportRecord.RUNNING)), done,
                ImportRecord.class).getModifiedCount();
        if (committed == 0) {
            throw new FileRefusedException(ImportError.at("file", "Importen ble stoppet før den var ferdig. Ingenting er endret."));
        }
    }

    private static List<Region> regionsOf(CellLayout layout) {
        Map<String, Region> found = new LinkedHashMap<>();
        for (String code : layout.geo.codes()) {
            String label = layout.geo.labelOf(code);
            found.put(code, new Region(code, label, RegionKind.of(code, label), layout.regionNotes(code)));
        }
        return List.copyOf(found.values());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read, for the progress of the reading. */
    private static final class Counting extends FilterInputStream {

        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
