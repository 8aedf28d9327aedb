package no.arsberetning.common.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Appends to a service's audit trail, kept in the service's own database. */
public class AuditTrail {

    private final MongoOperations mongo;
    private final Clock clock;

    public AuditTrail(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public AuditEntry record(String actor, String action, String entityType, String entityId, Object before, Object after) {
        return mongo.insert(new AuditEntry(null, clock.instant(), actor, action, entityType, entityId, before, after));
    }

    /** Everything recorded for one entity, oldest first. */
    public List<AuditEntry> history(String entityType, String entityId) {
        Query query = Query.query(Criteria.where("entityType").is(entityType).and("entityId").is(entityId))
                .with(Sort.by("at"));
        return mongo.find(query, AuditEntry.class);
    }
}
