package no.arsberetning.common.locking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.mongodb.client.result.UpdateResult;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Work that one replica does while the others wait or leave it (the demo data, an interrupted import):
 * a lease is taken atomically in the database and runs out by itself if its holder dies, so another
 * replica can take over; done work is never taken again.
 */
public class Leases {

    private final MongoOperations mongo;
    private final Clock clock;
    private static final long WAIT_MILLIS = 250;

    private final String holder = UUID.randomUUID().toString();

    public Leases(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Takes the work for {@code duration}, unless it is done or another replica's lease on it still runs;
     * the holder calls it again to keep the lease while it makes progress.
     */
    public boolean claim(String work, Duration duration) {
        Query free = Query.query(Criteria.where("_id").is(work).and("done").is(false)
                .orOperator(Criteria.where("until").lt(clock.instant()), Criteria.where("holder").is(holder)));
        Update take = new Update().set("holder", holder).set("until", clock.instant().plus(duration));
        try {
            UpdateResult taken = mongo.upsert(free, take, Lease.class);
            return taken.getMatchedCount() > 0 || taken.getUpsertedId() != null;
        } catch (DuplicateKeyException heldOrDone) {
            return false;
        }
    }

    /** Marks the work done, so nobody takes it again. */
    public void done(String work) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(work)), new Update().set("done", true), Lease.class);
    }

    /** Lets the work go before the lease runs out (it failed), so another replica may take it now. */
    public void release(String work) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(work).and("holder").is(holder)),
                new Update().set("until", clock.instant().minusMillis(1)), Lease.class);
    }

    /**
     * Waits, at most a little longer than one lease, until the work can be taken or no longer needs doing
     * (another replica finished it); true when it was taken.
     */
    public boolean await(String work, Duration duration, BooleanSupplier stillToDo) throws InterruptedException {
        Instant giveUp = clock.instant().plus(duration).plusSeconds(1);
        while (stillToDo.getAsBoolean()) {
            if (claim(work, duration)) {
                return true;
            }
            if (clock.instant().isAfter(giveUp)) {
                return false;
            }
            Thread.sleep(WAIT_MILLIS);
        }
        return false;
    }

    public boolean isDone(String work) {
        return mongo.exists(Query.query(Criteria.where("_id").is(work).and("done").is(true)), Lease.class);
    }
}
