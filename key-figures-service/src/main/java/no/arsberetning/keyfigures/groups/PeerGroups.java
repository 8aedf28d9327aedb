package no.arsberetning.keyfigures.groups;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.locking.PreconditionFailedException;
import no.arsberetning.common.problem.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** The peer groups: read by the comparison, changed by administrators (If-Match, audited). */
@Component
public class PeerGroups {

    static final String AUDIT_ENTITY = "peer-group";

    private final MongoOperations mongo;
    private final AuditTrail audit;
    private final Clock clock;

    PeerGroups(MongoOperations mongo, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<PeerGroup> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PeerGroup.class));
    }

    /** Every group: the municipality's own first, then ASSS, KOSTRA groups and the others, by name. */
    public List<PeerGroup> all() {
        return mongo.find(new Query().with(Sort.by("_id")), PeerGroup.class).stream()
                .sorted(Comparator.comparing((PeerGroup g) -> order(g.kind())).thenComparing(PeerGroup::label))
                .toList();
    }

    PeerGroup create(String id, GroupEdit edit, String by) {
        PeerGroup group = new PeerGroup(id, edit.label(), edit.kind(), edit.description(), edit.members(), edit.aggregate(), null, by,
                clock.instant());
        try {
            PeerGroup saved = mongo.insert(group);
            audit.record(by, "create", AUDIT_ENTITY, id, null, saved);
            return saved;
        } catch (DuplicateKeyException exists) {
            ErrorResponseException conflict = new ErrorResponseException(HttpStatus.CONFLICT,
                    Problems.of(HttpStatus.CONFLICT, "group-exists", "Det finnes alt en gruppe med id «" + id + "»."), exists);
            conflict.getBody().setTitle("Finnes allerede");
            throw conflict;
        }
    }

    PeerGroup update(String id, String ifMatch, GroupEdit edit, String by) {
        PeerGroup current = existing(id);
        ETags.requireMatch(ifMatch, current.version());
        PeerGroup changed = new PeerGroup(id, edit.label(), edit.kind(), edit.description(), edit.members(), edit.aggregate(),
                current.version(), by, clock.instant());
        try {
            PeerGroup saved = mongo.save(changed);
            audit.record(by, "update", AUDIT_ENTITY, id, current, saved);
            return saved;
        } catch (OptimisticLockingFailureException stale) {
            throw new PreconditionFailedException(ETags.of(existing(id).version()));
        }
    }

    void delete(String id, String ifMatch, String by) {
        PeerGroup current = existing(id);
        ETags.requireMatch(ifMatch, current.version());
        if (mongo.remove(current).getDeletedCount() == 0) {
            throw new PreconditionFailedException(ETags.of(existing(id).version()));
        }
        audit.record(by, "delete", AUDIT_ENTITY, id, current, null);
    }

    /** Adds groups that are not there (seeding); false for those that are. */
    boolean insertIfAbsent(PeerGroup group) {
        try {
            mongo.insert(group);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    PeerGroup existing(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("Ingen sammenligningsgruppe med id «" + id + "»."));
    }

    private static int order(GroupKind kind) {
        return Map.of(GroupKind.OWN, 0, GroupKind.ASSS, 1, GroupKind.KOSTRA, 2, GroupKind.CUSTOM, 3).get(kind);
    }
}
