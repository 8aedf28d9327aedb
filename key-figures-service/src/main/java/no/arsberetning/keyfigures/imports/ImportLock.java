package no.arsberetning.keyfigures.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import no.arsberetning.keyfigures.KeyFiguresProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One import at a time in the whole store, whichever instance of the service runs it: a lease in one document
 * ({@code _id: "import"}), taken when free or expired, renewed while the import works and given back at its end.
 * Imports merge their slices with what is visible, so two at once could lose each other's regions.
 */
@Component
class ImportLock {

    static final String COLLECTION = "key_figure_locks";
    private static final String ID = "import";

    private final MongoOperations mongo;
    private final Clock clock;
    private final Duration lease;

    ImportLock(MongoOperations mongo, Clock clock, KeyFiguresProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = properties.importLease();
    }

    /** Takes (or renews) the lock for the import; false when another import holds it. */
    boolean tryHold(String importId) {
        Instant now = clock.instant();
        Query free = Query.query(Criteria.where("_id").is(ID)
                .orOperator(Criteria.where("until").lt(now), Criteria.where("holder").is(importId)));
        try {
            mongo.upsert(free, new Update().set("holder", importId).set("until", now.plus(lease)), COLLECTION);
            return true;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    void release(String importId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ID).and("holder").is(importId)),
                new Update().set("until", Instant.EPOCH), COLLECTION);
    }
}
