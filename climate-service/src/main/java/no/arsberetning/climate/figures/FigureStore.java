package no.arsberetning.climate.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.arsberetning.common.PerYear;
import no.arsberetning.climate.cycle.Documents;
import no.arsberetning.common.audit.AuditTrail;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** The year's figures from the chapter's text: read in printed order, created once, replaced with locking, audited. */
@Component
public class FigureStore {

    static final String ENTITY = "climate-figure";

    private final MongoOperations mongo;
    private final AuditTrail audit;

    FigureStore(MongoOperations mongo, AuditTrail audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    public List<ChapterFigure> all(int year) {
        return mongo.find(PerYear.of(year).with(Sort.by("order")), ChapterFigure.class);
    }

    /** The year's figures read, by key. */
    public Map<String, FigureView> views(int year) {
        return all(year).stream().map(FigureView::of)
                .collect(Collectors.toMap(FigureView::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public ChapterFigure get(int year, String key) {
        ChapterFigure figure = mongo.findById(ChapterFigure.idOf(year, key), ChapterFigure.class);
        if (figure == null) {
            throw new NoSuchElementException("Intet tall «" + key + "» for " + year + ".");
        }
        return figure;
    }

    /** Creates the figures that do not exist yet (loaders may run again); returns how many were new. */
    public int createAllIfAbsent(List<ChapterFigure> figures) {
        List<ChapterFigure> created = Documents.insertAllIfAbsent(mongo, ChapterFigure.class, figures, ChapterFigure::id);
        created.forEach(f -> audit.record(f.provenance().by(), "create", ENTITY, f.id(), null, f));
        return created.size();
    }

    ChapterFigure replace(ChapterFigure before, ChapterFigure after, String actor) {
        Documents.replace(mongo, before.id(), before.version(), after, () -> get(before.year(), before.key()).version());
        audit.record(actor, "update", ENTITY, before.id(), before, after);
        return after;
    }
}
