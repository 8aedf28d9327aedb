package no.arsberetning.servicesgoals.goals;

import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.common.PerYear;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.locking.PreconditionFailedException;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The period goals of a year: read, create once, and change one indicator at a time (versioned, audited). */
@Component
public class Goals {

    static final String ENTITY = "period-goal";

    private final MongoOperations mongo;
    private final AuditTrail audit;

    Goals(MongoOperations mongo, AuditTrail audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    public List<PeriodGoal> all(int year) {
        return mongo.find(PerYear.of(year).with(Sort.by("order")), PeriodGoal.class);
    }

    public PeriodGoal get(int year, String key) {
        PeriodGoal goal = mongo.findById(PeriodGoal.idOf(year, key), PeriodGoal.class);
        if (goal == null) {
            throw new NoSuchElementException("Ingen mål «" + key + "» for " + year + ".");
        }
        return goal;
    }

    /** Creates a goal unless it exists (idempotent: the demo loader may run again, or finish a broken run). */
    public boolean createIfAbsent(PeriodGoal goal, String actor) {
        if (mongo.findById(goal.id(), PeriodGoal.class) != null) {
            return false;
        }
        mongo.insert(goal);
        audit.record(actor, "create", ENTITY, goal.id(), null, goal);
        return true;
    }

    /** Replaces a goal's assessment; the caller has checked who may and that the section is open. */
    PeriodGoal replaceAssessment(PeriodGoal goal, String assessment, long expectedVersion, String actor) {
        PeriodGoal after = goal.withAssessment(assessment, goal.version() + 1);
        replace(goal, after, expectedVersion);
        audit.record(actor, "assess-goal", ENTITY, goal.id(), goal.assessment(), assessment);
        return after;
    }

    /** Replaces one indicator; the caller has checked who may and that the section is open. */
    PeriodGoal replaceIndicator(PeriodGoal goal, IndicatorEntry changed, long expectedVersion, String actor) {
        IndicatorEntry before = goal.indicators().get(changed.index() - 1);
        PeriodGoal after = goal.withIndicator(changed, goal.version() + 1);
        replace(goal, after, expectedVersion);
        audit.record(actor, "report-indicator", ENTITY, goal.id() + "/" + changed.index(), before, changed);
        return after;
    }

    /** Replaces a goal whole, unless someone changed it since it was read. */
    private void replace(PeriodGoal goal, PeriodGoal after, long expectedVersion) {
        if (goal.version() != expectedVersion) {
            throw new PreconditionFailedException(ETags.of(goal.version()));
        }
        Query unchanged = Query.query(Criteria.where("_id").is(goal.id()).and("version").is(goal.version()));
        if (mongo.replace(unchanged, after).getModifiedCount() != 1) {
            throw new PreconditionFailedException(ETags.of(get(goal.year(), goal.key()).version()));
        }
    }
}
