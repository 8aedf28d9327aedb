package no.arsberetning.keyfigures.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import no.arsberetning.keyfigures.KeyFiguresProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * When the service starts, an import still marked running whose job has not reported for twice the lock's lease
 * was interrupted (the service stopped or crashed in the middle): it is failed, what it wrote removed, and its
 * temporary files deleted. An import another instance is running reports regularly and is left alone.
 */
@Component
class InterruptedImports {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final MongoOperations mongo;
    private final FailedImports failures;
    private final Clock clock;
    private final KeyFiguresProperties properties;

    InterruptedImports(MongoOperations mongo, FailedImports failures, Clock clock, KeyFiguresProperties properties) {
        this.mongo = mongo;
        this.failures = failures;
        this.clock = clock;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        Instant quietSince = clock.instant().minus(properties.importLease().multipliedBy(2));
        Query stale = Query.query(Criteria.where("state").is(ImportRecord.RUNNING).and("heartbeat").lt(quietSince));
        for (ImportRecord record : mongo.find(stale, ImportRecord.class)) {
            if (failures.fail(record.id(), List.of(ImportError.at("file",
                    "Importen ble avbrutt fordi tjenesten stoppet underveis. Ingenting er endret; last opp filen på nytt.")))) {
                log.warn("Import {} ({}) was interrupted; failed and removed", record.id(), record.fileName());
            }
            deleteFiles(record.id());
        }
    }

    private void deleteFiles(String importId) {
        Path folder = properties.importFolder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(importId)).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not delete the temporary files of import {}: {}", importId, e.toString());
        }
    }
}
