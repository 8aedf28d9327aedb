package no.arsberetning.hr.figures;

import no.arsberetning.common.audit.AuditTrail;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Reads and (on first load) writes a year's figures. */
@Component
public class FigureStore {

    private final MongoOperations mongo;
    private final AuditTrail audit;

    FigureStore(MongoOperations mongo, AuditTrail audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    /** The year's figures; none when the year has none. */
    public ChapterFigures of(int year) {
        ChapterFigures figures = mongo.findById(year, ChapterFigures.class);
        return figures != null ? figures : ChapterFigures.empty(year);
    }

    boolean has(int year) {
        return mongo.findById(year, ChapterFigures.class) != null;
    }

    /** Stores a year's figures unless it has them (idempotent: a second start changes nothing). */
    boolean createIfAbsent(ChapterFigures figures) {
        if (has(figures.year())) {
            return false;
        }
        mongo.insert(figures);
        audit.record(figures.provenance().by(), "import", "figures", Integer.toString(figures.year()), null, figures);
        return true;
    }
}
