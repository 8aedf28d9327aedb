package no.arsberetning.common.years;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/** The years a service opened from earlier ones ({@link OpenedYear}). */
public class OpenedYears {

    private final MongoOperations mongo;

    public OpenedYears(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Optional<OpenedYear> find(int year) {
        return Optional.ofNullable(mongo.findById(year, OpenedYear.class));
    }

    public List<OpenedYear> all() {
        return mongo.find(new Query().with(Sort.by("_id")), OpenedYear.class);
    }

    /** Records that an opening has begun; the one already there when another began first (or earlier). */
    OpenedYear start(OpenedYear started) {
        try {
            return mongo.insert(started);
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            return find(started.year()).orElseThrow();
        }
    }

    /** Records that everything is carried; the finished one when someone else finished it first. */
    OpenedYear finish(OpenedYear finished) {
        try {
            return mongo.save(finished);
        } catch (org.springframework.dao.OptimisticLockingFailureException raced) {
            return find(finished.year()).orElseThrow();
        }
    }
}
