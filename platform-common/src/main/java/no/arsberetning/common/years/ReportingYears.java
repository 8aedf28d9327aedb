package no.arsberetning.common.years;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The reporting years of one service, in its own database. */
public class ReportingYears {

    private final MongoOperations mongo;
    private final Clock clock;

    public ReportingYears(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public List<ReportingYear> all() {
        return mongo.find(new Query().with(Sort.by("_id")), ReportingYear.class);
    }

    /** Registers a year unless it is there already (idempotent: a repeated call changes nothing). */
    public ReportingYear register(int year, String registeredBy, String source) {
        Update setOnInsert = new Update()
                .setOnInsert("registeredAt", clock.instant())
                .setOnInsert("registeredBy", registeredBy)
                .setOnInsert("source", source);
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(year)), setOnInsert,
                FindAndModifyOptions.options().upsert(true).returnNew(true), ReportingYear.class);
    }
}
