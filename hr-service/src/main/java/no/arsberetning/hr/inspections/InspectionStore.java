package no.arsberetning.hr.inspections;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.common.PerYear;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.Versioned;
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

    public boolean hasAny(int year) {
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
    public List<Inspection> insert(List<Inspection> inspections, String actor) {
        List<Inspection> inserted = new ArrayList<>();
        for (Inspection inspection : inspections) {
            Inspection stored = mongo.insert(inspection);
            audit.record(actor, "create", ENTITY, stored.id(), null, stored);
            inserted.add(stored);
        }
        return inserted;
    }

    Inspection create(int year, InspectionRequest request, String actor) {
        List<Inspection> existing = all(year);
        String key = Keys.unique(Keys.slug(request.unit()), existing.stream().map(Inspection::key).toList());
        int order = existing.stream().mapToInt(Inspection::order).max().orElse(-1) + 1;
        Inspection created = new Inspection(Inspection.idOf(year, key), year, key, order, null, null, null, null, null, null,
                null, null, null, null, List.of(), List.of(), null, null)
                .edited(request, Provenance.manual(actor, clock.instant()));
        return insert(List.of(created), actor).get(0);
    }

    /** Replaces an inspection's content, unless someone changed it since it was read (412). */
    Inspection update(Inspection inspection, InspectionRequest edit, String actor) {
        Inspection changed = Versioned.save(mongo, inspection.edited(edit, Provenance.manual(actor, clock.instant())));
        audit.record(actor, "update", ENTITY, inspection.id(), inspection, changed);
        return changed;
    }
}
