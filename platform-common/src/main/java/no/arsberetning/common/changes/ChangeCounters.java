package no.arsberetning.common.changes;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A service's change counter per year, in its database so every replica sees it: every write that can
 * change what a read of a year shows advances it ({@link ChangeListener} does so for every save, insert,
 * replace and delete of a document with a {@code year}; a document without one advances every year).
 * A read whose answer depends only on the year's data can be kept and reused for as long as the counter
 * stands still ({@link VersionedReads}).
 */
public class ChangeCounters {

    static final String COLLECTION = "change_counters";
    private static final String EVERY_YEAR = "all";

    private final MongoOperations mongo;

    public ChangeCounters(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Advances a year's counter: call it from a write the listener does not see (an update by query). */
    public void advance(int year) {
        increment(String.valueOf(year));
    }

    /** Advances every year's counter: a write of something every year shows (the area register, say). */
    public void advanceAll() {
        increment(EVERY_YEAR);
    }

    /** The year's version: moves on with every write that can change what a read of the year shows. */
    public String version(int year) {
        String id = String.valueOf(year);
        long own = 0;
        long all = 0;
        Query both = Query.query(Criteria.where("_id").in(id, EVERY_YEAR));
        for (Document counter : mongo.find(both, Document.class, COLLECTION)) {
            long count = ((Number) counter.get("count")).longValue();
            if (id.equals(counter.get("_id"))) {
                own = count;
            } else {
                all = count;
            }
        }
        return own + "." + all;
    }

    private void increment(String id) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update().inc("count", 1L), COLLECTION);
    }
}
