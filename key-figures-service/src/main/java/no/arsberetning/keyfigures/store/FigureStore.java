package no.arsberetning.keyfigures.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads the store. A measure's period may have slices from several imports (each import writes its own, merged
 * with what was visible before it); the visible one is that of the newest committed import. Every read here is
 * by {@code _id}: the measure, then its slices — a comparison is two small reads whatever the store holds.
 */
@Component
public class FigureStore {

    private final MongoOperations mongo;
    private final CommittedImports commits;

    FigureStore(MongoOperations mongo, CommittedImports commits) {
        this.mongo = mongo;
        this.commits = commits;
    }

    public Optional<Measure> measure(String id) {
        return Optional.ofNullable(mongo.findById(id, Measure.class));
    }

    /** Measures by id (those that exist). */
    public Map<String, Measure> measures(Collection<String> ids) {
        Map<String, Measure> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(ids)), Measure.class).forEach(m -> found.put(m.id(), m));
        }
        return found;
    }

    /** Every measure with at least one committed period, by table and code. */
    public List<Measure> committedMeasures() {
        return mongo.find(new Query().with(Sort.by("_id")), Measure.class).stream()
                .filter(m -> !committedPeriods(m).isEmpty())
                .sorted(Comparator.comparing((Measure m) -> String.valueOf(m.table())).thenComparing(Measure::id))
                .toList();
    }

    /** The periods of a measure that have a committed slice, in order. */
    public List<String> committedPeriods(Measure measure) {
        return measure.periods().entrySet().stream()
                .filter(e -> commits.newest(e.getValue()).isPresent())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** The id of the visible slice of a measure's period, if any. */
    public Optional<String> visibleSliceId(Measure measure, String period) {
        return commits.newest(measure.periods().getOrDefault(period, List.of()))
                .map(importId -> Slice.id(measure.id(), period, importId));
    }

    /** The visible slice of a measure's period. */
    public Optional<Slice> slice(Measure measure, String period) {
        return visibleSliceId(measure, period).map(id -> mongo.findById(id, Slice.class));
    }

    /** The visible slice of every period of the measure, in period order. */
    public List<Slice> series(Measure measure) {
        List<String> ids = new ArrayList<>();
        for (String period : measure.periods().keySet()) {
            visibleSliceId(measure, period).ifPresent(ids::add);
        }
        return slices(ids).values().stream().sorted(Comparator.comparing(Slice::period)).toList();
    }

    /** Slices by id (those that exist), keyed by id. */
    public Map<String, Slice> slices(Collection<String> ids) {
        Map<String, Slice> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(ids)), Slice.class).forEach(s -> found.put(s.id(), s));
        }
        return found;
    }
}
