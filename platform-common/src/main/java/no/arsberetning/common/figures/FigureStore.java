package no.arsberetning.common.figures;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.locking.PreconditionFailedException;
import no.arsberetning.common.tables.Provenance;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;

/** A service's figures stated in its text: read by year, loaded once, changed one at a time with locking and audit. */
public class FigureStore {

    static final String ENTITY = "text-figure";

    private final MongoOperations mongo;
    private final AuditTrail audit;
    private final Clock clock;

    public FigureStore(MongoOperations mongo, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<StatedFigures> find(int year) {
        return Optional.ofNullable(mongo.findById(StatedFigures.idOf(year), StatedFigures.class));
    }

    public StatedFigures get(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException("Ingen tall fra teksten for " + year + "."));
    }

    /** The year's figures; none when the year has none. */
    public List<StatedFigure> of(int year) {
        return find(year).map(StatedFigures::figures).orElse(List.of());
    }

    /** What the year's figures claim; none when the year has none. */
    public List<StatedClaim> claims(int year) {
        return find(year).map(StatedFigures::claims).orElse(List.of());
    }

    /**
     * Creates the year's figures unless it has some, with the origin of those that have one of their own (a year
     * opened from an earlier one: the figures it carries). Returns whether it created them.
     */
    boolean createIfAbsent(int year, String section, List<StatedFigure> stated, Provenance provenance,
            Map<String, Provenance> own) {
        if (find(year).isPresent()) {
            return false;
        }
        StatedFigures created = new StatedFigures(StatedFigures.idOf(year), year, section, List.copyOf(stated), List.of(),
                provenance, Map.copyOf(own), null);
        try {
            created = mongo.insert(created);
        } catch (DuplicateKeyException raced) {
            return false;
        }
        audit.record(provenance.by(), "carry-over", ENTITY, created.id(), null, created);
        return true;
    }

    /**
     * Adds the figures (by id) and claims of a load that the year does not have yet, creating the year's
     * document if needed; what is there is never changed, so loading again changes nothing. Returns how many
     * figures and claims were added.
     */
    int addAbsent(int year, String section, List<StatedFigure> loaded, List<StatedClaim> loadedClaims, Provenance provenance) {
        Optional<StatedFigures> existing = find(year);
        Set<String> present = existing.map(s -> s.figures().stream().map(StatedFigure::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        Map<String, StatedFigure> added = new LinkedHashMap<>();
        loaded.stream().filter(f -> !present.contains(f.id())).forEach(f -> added.putIfAbsent(f.id(), f));
        List<StatedClaim> known = existing.map(StatedFigures::claims).orElse(List.of());
        List<StatedClaim> newClaims = loadedClaims.stream().filter(c -> !known.contains(c)).distinct().toList();
        if (added.isEmpty() && newClaims.isEmpty()) {
            return 0;
        }
        if (existing.isEmpty()) {
            StatedFigures created = new StatedFigures(StatedFigures.idOf(year), year, section, List.copyOf(added.values()),
                    newClaims, provenance, Map.of(), null);
            try {
                created = mongo.insert(created);
            } catch (DuplicateKeyException raced) {
                return 0;
            }
            audit.record(provenance.by(), "import", ENTITY, created.id(), null, created);
            return added.size() + newClaims.size();
        }
        StatedFigures before = existing.get();
        List<StatedFigure> all = new ArrayList<>(before.figures());
        all.addAll(added.values());
        Map<String, Provenance> edited = new HashMap<>(before.edited());
        added.keySet().forEach(id -> edited.put(id, provenance));
        List<StatedClaim> claims = new ArrayList<>(known);
        claims.addAll(newClaims);
        StatedFigures after = save(before, new StatedFigures(before.id(), year, before.section(), List.copyOf(all),
                List.copyOf(claims), before.provenance(), Map.copyOf(edited), before.version()));
        audit.record(provenance.by(), "import", ENTITY, before.id(), before, after);
        return added.size() + newClaims.size();
    }

    /**
     * Sets one figure's printed value (and, if given, its sentence). The caller has checked who may, the
     * {@code If-Match} and that the section is editable.
     *
     * @throws PreconditionFailedException when someone changed the figures since {@code current} was read
     */
    StatedFigures setValue(StatedFigures current, String figureId, String value, String text, String actor) {
        StatedFigure before = current.get(figureId);
        StatedFigure after = before.withValue(value, text);
        List<StatedFigure> figures = new ArrayList<>(current.figures());
        figures.set(figures.indexOf(before), after);
        Map<String, Provenance> edited = new HashMap<>(current.edited());
        edited.put(figureId, Provenance.manual(actor, clock.instant()));
        StatedFigures changed = save(current, new StatedFigures(current.id(), current.year(), current.section(),
                List.copyOf(figures), current.claims(), current.provenance(), Map.copyOf(edited), current.version()));
        audit.record(actor, "set-figure", ENTITY, current.id() + "/" + figureId, before, after);
        return changed;
    }

    private StatedFigures save(StatedFigures current, StatedFigures changed) {
        try {
            return mongo.save(changed);
        } catch (OptimisticLockingFailureException stale) {
            throw new PreconditionFailedException(ETags.of(get(current.year()).version()));
        }
    }
}
