package no.arsberetning.climate.trajectory;

import java.util.NoSuchElementException;
import java.util.Optional;

import no.arsberetning.climate.cycle.Documents;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.Versioned;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** The year's trajectory document: created once, replaced with optimistic locking, audited. */
@Component
public class TrajectoryStore {

    static final String ENTITY = "climate-trajectory";

    private final MongoOperations mongo;
    private final AuditTrail audit;

    TrajectoryStore(MongoOperations mongo, AuditTrail audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    public Optional<Trajectory> find(int year) {
        return Optional.ofNullable(mongo.findById(Trajectory.idOf(year), Trajectory.class));
    }

    public Trajectory get(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException("Ingen utslippsbane for " + year + "."));
    }

    public boolean createIfAbsent(Trajectory trajectory) {
        Optional<Trajectory> created = Documents.insertIfAbsent(mongo, trajectory.id(), trajectory);
        created.ifPresent(t -> audit.record(t.provenance().by(), "create", ENTITY, t.id(), null, t));
        return created.isPresent();
    }

    Trajectory replace(Trajectory before, Trajectory after, String actor) {
        Trajectory saved = Versioned.save(mongo, after);
        audit.record(actor, "update", ENTITY, before.id(), before, saved);
        return saved;
    }
}
