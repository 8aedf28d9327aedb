package no.arsberetning.hr.inspections;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.common.PerYear;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.locking.PreconditionFailedException;
import no.arsberetning.common.tables.Provenance;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A year's inspections: read, create, replace with optimistic locking; every write audited. */
@Component
public class InspectionStore {

    static final String ENTITY = "inspection";

    private final MongoOperations mongo;
    private final AuditTrail audit;
    private final Clock clock;

    InspectionStore(MongoOperations mongo, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Inspection> all(int year) {
        return mongo.find(PerYear.of(year).with(Sort.by("order")), Inspection.class);
    }

    boolean hasAny(int year) {
        return mongo.exists(PerYear.of(year), Inspection.class);
    }

    public Inspection get(int year, String key) {
        Inspection inspection = mongo.findById(Inspection.idOf(year, key), Inspection.class);
        if (inspection == null) {
            throw new NoSuchElementException("Intet tilsyn «" + key + "» for " + year + ".");
        }
        return inspection;
    }

    /** Inserts new inspections (the demo loader's or a controller's); each is audited. */
    void insert(List<Inspection> inspections, String actor) {
        for (Inspection inspection : inspections) {
            mongo.insert(inspection);
            audit.record(actor, "create", ENTITY, inspection.id(), null, inspection);
        }
    }

    Inspection create(int year, InspectionRequest request, String actor) {
        List<Inspection> existing = all(year);
        String key = Keys.unique(Keys.slug(request.unit()), existing.stream().map(Inspection::key).toList());
        int order = existing.stream().mapToInt(Inspection::order).max().orElse(-1) + 1;
        Inspection created = new Inspection(Inspection.idOf(year, key), year, key, order, null, null, null, null, null, null,
                null, null, null, null, List.of(), List.of(), null, 0)
                .edited(request, Provenance.manual(actor, clock.instant()), 0);
        insert(List.of(created), actor);
        return created;
    }

    /** Replaces an inspection's content, unless someone changed it since {@code expectedVersion} (412). */
    Inspection update(Inspection inspection, InspectionRequest edit, long expectedVersion, String actor) {
        if (inspection.version() != expectedVersion) {
            throw new PreconditionFailedException(ETags.of(inspection.version()));
        }
        Inspection changed = inspection.edited(edit, Provenance.manual(actor, clock.instant()), inspection.version() + 1);
        Query unchanged = Query.query(Criteria.where("_id").is(inspection.id()).and("version").is(inspection.version()));
        if (mongo.replace(unchanged, changed).getModifiedCount() != 1) {
            throw new PreconditionFailedException(ETags.of(get(inspection.year(), inspection.key()).version()));
        }
        audit.record(actor, "update", ENTITY, inspection.id(), inspection, changed);
        return changed;
    }
}
