package no.arsberetning.climate.goals;

import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.common.PerYear;
import no.arsberetning.climate.cycle.Documents;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.Versioned;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** The year's climate goals: read in printed order, created once, replaced with optimistic locking, audited. */
@Component
public class GoalStore {

    static final String ENTITY = "climate-goal";

    private final MongoOperations mongo;
    private final AuditTrail audit;

    GoalStore(MongoOperations mongo, AuditTrail audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    public List<ClimateGoal> all(int year) {
        return mongo.find(PerYear.of(year).with(Sort.by("order")), ClimateGoal.class);
    }

    public ClimateGoal get(int year, String number) {
        ClimateGoal goal = mongo.findById(ClimateGoal.idOf(year, number), ClimateGoal.class);
        if (goal == null) {
            throw new NoSuchElementException("Intet klimamål «" + number + "» for " + year + ".");
        }
        return goal;
    }

    /** Creates the goals that do not exist yet (loaders may run again); returns how many were new. */
    public int createAllIfAbsent(List<ClimateGoal> goals) {
        List<ClimateGoal> created = Documents.insertAllIfAbsent(mongo, ClimateGoal.class, goals, ClimateGoal::id);
        created.forEach(g -> audit.record(g.provenance().by(), "create", ENTITY, g.id(), null, g));
        return created.size();
    }

    /** Replaces a goal read at {@code before.version()} (which {@code after} carries); 412 when someone changed it since. */
    ClimateGoal replace(ClimateGoal before, ClimateGoal after, String actor) {
        ClimateGoal saved = Versioned.save(mongo, after);
        audit.record(actor, "update", ENTITY, before.id(), before, saved);
        return saved;
    }
}
