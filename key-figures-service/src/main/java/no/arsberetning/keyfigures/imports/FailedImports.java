package no.arsberetning.keyfigures.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.arsberetning.keyfigures.store.CommittedImports;
import no.arsberetning.keyfigures.store.Measure;
import no.arsberetning.keyfigures.store.Slice;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Ends an import that cannot be committed: its record turns {@code failed} with the errors (only if it is still
 * running, so a committed import is never failed), then what it wrote is removed. Nothing it wrote was ever
 * visible; the removal only gives the space back, and is repeated safely.
 */
@Component
class FailedImports {

    private final MongoOperations mongo;
    private final Clock clock;

    FailedImports(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Marks the import failed; false when it was no longer running. */
    boolean fail(String importId, List<ImportError> errors) {
        Update update = new Update().set("state", CommittedImports.FAILED).set("finishedAt", clock.instant())
                .set("heartbeat", clock.instant()).set("errors", errors);
        boolean failed = mongo.updateFirst(Query.query(Criteria.where("_id").is(importId).and("state").is(ImportRecord.RUNNING)),
                update, ImportRecord.class).getModifiedCount() > 0;
        if (failed) {
            removeWhatItWrote(importId);
        }
        return failed;
    }

    /** Removes the import's slices and the measures' mentions of them. */
    void removeWhatItWrote(String importId) {
        Query ofImport = Query.query(Criteria.where("importId").is(importId));
        ofImport.fields().include("measure", "period");
        Map<String, Set<String>> periods = new LinkedHashMap<>();
        for (Document slice : mongo.find(ofImport, Document.class, Slice.COLLECTION)) {
            periods.computeIfAbsent(slice.getString("measure"), m -> new LinkedHashSet<>()).add(slice.getString("period"));
        }
        if (!periods.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Measure.class);
            periods.forEach((measure, set) -> {
                Update update = new Update();
                set.forEach(period -> update.pull("periods." + period, importId));
                bulk.updateOne(Query.query(Criteria.where("_id").is(measure)), update);
            });
            bulk.execute();
        }
        mongo.remove(Query.query(Criteria.where("importId").is(importId)), Slice.class);
    }

    /** The errors of an exception nobody foresaw: said plainly, without internals. */
    static List<ImportError> unexpected() {
        List<ImportError> errors = new ArrayList<>();
        errors.add(ImportError.at("file", "Importen stoppet på grunn av en feil i tjenesten. Ingenting er endret; prøv igjen."));
        return errors;
    }
}
