package no.arsberetning.servicesgoals.goals;

import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.common.PerYear;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.Versioned;

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
        audit.record(actor, "create", ENTITY, goal.id(), null, mongo.insert(goal));
        return true;
    }

    /** Replaces a goal's assessment; the caller has checked who may and that the section is open. */
    PeriodGoal replaceAssessment(PeriodGoal goal, String assessment, String actor) {
        PeriodGoal after = Versioned.save(mongo, goal.withAssessment(assessment));
        audit.record(actor, "assess-goal", ENTITY, goal.id(), goal.assessment(), assessment);
        return after;
    }

    /** Replaces one indicator; the caller has checked who may and that the section is open. */
    PeriodGoal replaceIndicator(PeriodGoal goal, IndicatorEntry changed, String actor) {
        IndicatorEntry before = goal.indicators().get(changed.index() - 1);
        PeriodGoal after = Versioned.save(mongo, goal.withIndicator(changed));
        audit.record(actor, "report-indicator", ENTITY, goal.id() + "/" + changed.index(), before, changed);
        return after;
    }
}
