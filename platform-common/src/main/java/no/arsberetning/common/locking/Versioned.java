package no.arsberetning.common.locking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Saves of documents whose version is Spring Data's {@code @Version} (a {@code Long}, null until the first
 * insert, which stores 0): {@code save} replaces a document only where it still has the version it was
 * read at, and returns it with the next one. Nothing here counts versions by hand.
 */
public final class Versioned {

    private static final Logger log = LoggerFactory.getLogger(Versioned.class);

    private Versioned() {
    }

    /**
     * Saves a changed document that still carries the version it was read at.
     *
     * @return the document as stored, with its new version
     * @throws PreconditionFailedException naming the stored version when another write came first
     */
    public static <T> T save(MongoOperations mongo, T changed) {
        try {
            return mongo.save(changed);
        } catch (OptimisticLockingFailureException stale) {
            T stored = stored(mongo, changed);
            throw new PreconditionFailedException(ETags.of(stored == null ? -1 : version(mongo, stored)));
        }
    }

    /**
     * Saves documents that each carry the version they were read at (null: created), all or none: one
     * that is already stored with the same content is left alone (so a batch can be applied again), and
     * when another write came first to any of them, the ones saved are put back and nothing stays.
     *
     * @param saved told of every document saved, with what it replaced (null when created)
     * @throws VersionConflictException naming the document that someone else changed first
     */
    public static <T> void saveAll(MongoOperations mongo, List<T> documents, BiConsumer<T, T> saved) {
        List<Change<T>> written = new ArrayList<>();
        for (T document : documents) {
            T before = stored(mongo, document);
            if (before != null && before.equals(withVersion(mongo, document, version(mongo, before)))) {
                continue;
            }
            try {
                T after = mongo.save(document);
                written.add(new Change<>(before, after));
                saved.accept(before, after);
            } catch (OptimisticLockingFailureException | DuplicateKeyException newer) {
                undo(mongo, written);
                throw new VersionConflictException(id(mongo, document));
            }
        }
    }

    private static <T> void undo(MongoOperations mongo, List<Change<T>> written) {
        for (Change<T> change : written) {
            try {
                if (change.before() == null) {
                    mongo.remove(change.after());
                } else {
                    mongo.save(withVersion(mongo, change.before(), version(mongo, change.after())));
                }
            } catch (OptimisticLockingFailureException changedAgain) {
                log.warn("{} ble endret igjen mens en samlet skriving ble rullet tilbake; den nyeste endringen står",
                        id(mongo, change.after()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T stored(MongoOperations mongo, T document) {
        return (T) mongo.findById(id(mongo, document), document.getClass());
    }

    private static Object id(MongoOperations mongo, Object document) {
        return entity(mongo, document).getIdentifierAccessor(document).getRequiredIdentifier();
    }

    private static long version(MongoOperations mongo, Object document) {
        MongoPersistentEntity<?> entity = entity(mongo, document);
        return ((Number) entity.getPropertyAccessor(document).getProperty(entity.getRequiredVersionProperty())).longValue();
    }

    private static <T> T withVersion(MongoOperations mongo, T document, long version) {
        MongoPersistentEntity<?> entity = entity(mongo, document);
        PersistentPropertyAccessor<T> accessor = entity.getPropertyAccessor(document);
        accessor.setProperty(entity.getRequiredVersionProperty(), version);
        return accessor.getBean();
    }

    private static MongoPersistentEntity<?> entity(MongoOperations mongo, Object document) {
        return mongo.getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass());
    }

    private record Change<T>(T before, T after) {
    }

    /** A write of several documents refused because one of them was changed by someone else first. */
    public static class VersionConflictException extends RuntimeException {

        private final transient Object id;

        VersionConflictException(Object id) {
            super("«" + id + "» ble endret av noen andre etter at det ble lest.");
            this.id = id;
        }

        public Object id() {
            return id;
        }
    }
}
