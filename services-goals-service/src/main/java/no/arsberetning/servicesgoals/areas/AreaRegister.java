package no.arsberetning.servicesgoals.areas;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The service-area register and the year's chapter plans, and alias resolution for every place an area
 * is named (path, body, query): callers resolve first and authorize the canonical code.
 */
@Component
public class AreaRegister {

    private final MongoOperations mongo;

    AreaRegister(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public AreaIndex index() {
        return new AreaIndex(mongo.find(new Query().with(Sort.by("order")), ServiceArea.class));
    }

    /** The canonical code for a name, or {@link UnknownAreaException}. */
    public String require(String name) {
        return index().resolve(name).orElseThrow(() -> new UnknownAreaException(name));
    }

    public Optional<ChapterPlan> plan(int year) {
        return Optional.ofNullable(mongo.findById(year, ChapterPlan.class));
    }

    /** The chapters of a year in printed order; empty when the year has no plan. */
    public List<ChapterPlan.Chapter> chapters(int year) {
        return plan(year).map(ChapterPlan::chapters).orElse(List.of());
    }

    /** Adds an area unless the register has it (idempotent: loaders may run again). */
    public boolean addIfAbsent(ServiceArea area) {
        if (mongo.findById(area.code(), ServiceArea.class) != null) {
            return false;
        }
        mongo.insert(area);
        return true;
    }

    /** Stores a year's chapter plan unless the year has one. */
    public boolean addPlanIfAbsent(ChapterPlan plan) {
        if (mongo.findById(plan.year(), ChapterPlan.class) != null) {
            return false;
        }
        mongo.insert(plan);
        return true;
    }
}
