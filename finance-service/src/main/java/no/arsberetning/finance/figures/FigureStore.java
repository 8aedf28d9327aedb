package no.arsberetning.finance.figures;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.locking.PreconditionFailedException;
import no.arsberetning.common.tables.Provenance;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads a year's text figures and changes one at a time, with optimistic locking and an audit entry. */
@Component
public class FigureStore {

    private static final String ENTITY = "text-figure";

    private final MongoOperations mongo;
    private final AuditTrail audit;
    private final Clock clock;

    FigureStore(MongoOperations mongo, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<ChapterFigures> find(int year) {
        return Optional.ofNullable(mongo.findById(ChapterFigures.idOf(year), ChapterFigures.class));
    }

    public ChapterFigures get(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException("Ingen tall fra teksten for " + year + "."));
    }

    /** Stores a year's figures unless it has them (idempotent: loaders may run again). */
    boolean createIfAbsent(int year, List<TextFigure> figures, Provenance provenance) {
        return createIfAbsent(year, figures, provenance, Map.of());
    }

    /**
     * Stores a year's figures unless it has them, some with an origin of their own (a year opened from an earlier
     * one: the figures it carries).
     */
    public boolean createIfAbsent(int year, List<TextFigure> figures, Provenance provenance, Map<String, Provenance> own) {
        if (find(year).isPresent()) {
            return false;
        }
        ChapterFigures created = new ChapterFigures(ChapterFigures.idOf(year), year, List.copyOf(figures), provenance,
                Map.copyOf(own), 0);
        try {
            mongo.insert(created);
        } catch (DuplicateKeyException raced) {
            return false;
        }
        audit.record(provenance.by(), "import", ENTITY, created.id(), null, created);
        return true;
    }

    /**
     * Sets one figure's printed value (and, if given, its sentence). The caller has checked who may and
     * that the section is editable.
     *
     * @throws PreconditionFailedException when {@code expectedVersion} is not the document's version
     */
    ChapterFigures setValue(ChapterFigures current, String figureId, String value, String text, long expectedVersion,
            String actor) {
        if (current.version() != expectedVersion) {
            throw new PreconditionFailedException(ETags.of(current.version()));
        }
        TextFigure before = current.get(figureId);
        TextFigure after = before.withValue(value, text);
        List<TextFigure> figures = new ArrayList<>(current.figures());
        figures.set(figures.indexOf(before), after);
        Map<String, Provenance> edited = new HashMap<>(current.editedFigures());
        edited.put(figureId, Provenance.manual(actor, clock.instant()));
        ChapterFigures changed = new ChapterFigures(current.id(), current.year(), List.copyOf(figures),
                current.provenance(), Map.copyOf(edited), current.version() + 1);
        Query unchanged = Query.query(Criteria.where("_id").is(current.id()).and("version").is(current.version()));
        if (mongo.replace(unchanged, changed).getModifiedCount() != 1) {
            throw new PreconditionFailedException(ETags.of(get(current.year()).version()));
        }
        audit.record(actor, "set-figure", ENTITY, current.id() + "/" + figureId, before, after);
        return changed;
    }
}
