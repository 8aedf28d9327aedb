package no.arsberetning.common.releases;

import java.time.Clock;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Gives release numbers: the next one of the year from an atomic counter (never below a release already
 * frozen here), one per idempotency key, so two gateways publishing at once get two numbers and a retry
 * gets its first one again (also one frozen here before numbers were given this way).
 */
public class ReleaseNumbers {

    static final String COUNTERS = "release_counters";

    private final MongoOperations mongo;
    private final Clock clock;

    public ReleaseNumbers(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public int numberFor(int year, String idempotencyKey) {
        ReleaseNumber given = mongo.findById(ReleaseNumber.idOf(year, idempotencyKey), ReleaseNumber.class);
        if (given != null) {
            return given.number();
        }
        Query frozenUnderKey = Query.query(Criteria.where("year").is(year).and("idempotencyKey").is(idempotencyKey));
        frozenUnderKey.fields().include("number");
        Document frozen = mongo.findOne(frozenUnderKey, Document.class, ServiceRelease.COLLECTION);
        if (frozen != null) {
            return ((Number) frozen.get("number")).intValue();
        }
        Query counter = Query.query(Criteria.where("_id").is(year));
        mongo.upsert(counter, new Update().max("last", highestFrozen(year)), COUNTERS);
        Document next = mongo.findAndModify(counter, new Update().inc("last", 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, COUNTERS);
        int number = ((Number) next.get("last")).intValue();
        try {
            mongo.insert(new ReleaseNumber(ReleaseNumber.idOf(year, idempotencyKey), year, idempotencyKey, number,
                    clock.instant()));
            return number;
        } catch (DuplicateKeyException sameKeyAtOnce) {
            return mongo.findById(ReleaseNumber.idOf(year, idempotencyKey), ReleaseNumber.class).number();
        }
    }

    private int highestFrozen(int year) {
        Query highest = Query.query(Criteria.where("year").is(year)).with(Sort.by(Sort.Direction.DESC, "number")).limit(1);
        highest.fields().include("number");
        Document release = mongo.findOne(highest, Document.class, ServiceRelease.COLLECTION);
        return release == null ? 0 : ((Number) release.get("number")).intValue();
    }
}
