package no.arsberetning.keyfigures.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.keyfigures.KeyFiguresProperties;
import no.arsberetning.keyfigures.store.CommittedImports;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Imports run in the background, one after another (on this instance; a lease across instances, {@link KeyFigureImporter#IMPORT_LEASE}):
 * the upload is copied to the work folder (its SHA-256 computed on the way), the import's record is created
 * running, and the request is answered at once; the record shows the progress.
 */
@Component
class ImportJobs implements DisposableBean {

    static final String AUDIT_ENTITY = "key-figure-import";

    private final MongoOperations mongo;
    private final KeyFigureImporter importer;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path folder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "key-figure-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(MongoOperations mongo, KeyFigureImporter importer, AuditTrail audit, Clock clock, KeyFiguresProperties properties) {
        this.mongo = mongo;
        this.importer = importer;
        this.audit = audit;
        this.clock = clock;
        this.folder = properties.importFolder();
    }

    /** Starts the import of an uploaded file; the record it returns is running. */
    ImportRecord start(String fileName, InputStream content, String by) {
        String id = UUID.randomUUID().toString();
        Path file = folder.resolve(id + ".json");
        String sha256;
        long bytes;
        try {
            Files.createDirectories(folder);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                bytes = content.transferTo(out);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ImportRecord record = ImportRecord.started(id, fileName, sha256, bytes, by, clock.instant());
        record = withEarlierImport(record);
        mongo.insert(record);
        audit.record(by, "import", AUDIT_ENTITY, id, null, Map.of("fileName", fileName, "sha256", sha256, "bytes", bytes));
        worker.execute(() -> importer.run(id, file));
        return record;
    }

    Optional<ImportRecord> get(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportRecord.class));
    }

    /** The latest imports, newest first. */
    List<ImportRecord> latest(int count) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(count), ImportRecord.class);
    }

    /** Notes an earlier committed import of the same content (SHA-256). */
    private ImportRecord withEarlierImport(ImportRecord record) {
        Query same = Query.query(Criteria.where("sha256").is(record.sha256()).and("state").is(CommittedImports.DONE))
                .with(Sort.by(Sort.Direction.DESC, "seq")).limit(1);
        ImportRecord earlier = mongo.findOne(same, ImportRecord.class);
        return earlier == null ? record : record.sameAs(earlier.id());
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
