package no.arsberetning.keyfigures.imports;

import java.time.Clock;
import java.time.Instant;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Writes a running import's progress to its record, at most every {@value #EVERY_MILLIS} ms (and whenever asked to). */
final class ImportProgress {

    private static final long EVERY_MILLIS = 250;

    private final MongoOperations mongo;
    private final Clock clock;
    private final String importId;
    private Update pending = new Update();
    private Instant lastWrite = Instant.EPOCH;

    ImportProgress(MongoOperations mongo, Clock clock, String importId) {
        this.mongo = mongo;
        this.clock = clock;
        this.importId = importId;
    }

    void reading(long bytesRead, long valuesRead) {
        pending.set("bytesRead", bytesRead).set("valuesRead", valuesRead);
        maybeWrite();
    }

    void writing(long slicesDone, long slicesUnchanged, long valuesWritten) {
        pending.set("slicesDone", slicesDone).set("slicesUnchanged", slicesUnchanged).set("valuesWritten", valuesWritten);
        maybeWrite();
    }

    /** Sets fields and writes them now, with the heartbeat. */
    void now(Update fields) {
        pending = merge(pending, fields);
        write();
    }

    /** Only the heartbeat (while waiting for the lock). */
    void heartbeat() {
        write();
    }

    private void maybeWrite() {
        if (clock.millis() - lastWrite.toEpochMilli() >= EVERY_MILLIS) {
            write();
        }
    }

    private void write() {
        lastWrite = clock.instant();
        pending.set("heartbeat", lastWrite);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(importId).and("state").is(ImportRecord.RUNNING)), pending,
                ImportRecord.class);
        pending = new Update();
    }

    private static Update merge(Update into, Update fields) {
        Document set = (Document) fields.getUpdateObject().get("$set");
        if (set != null) {
            set.forEach(into::set);
        }
        return into;
    }
}
