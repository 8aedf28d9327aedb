package no.arsberetning.climate.cycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.locking.PreconditionFailedException;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Writes of the chapter's documents: each is one aggregate in one document (the embedded server has no
 * multi-document transactions), replaced only if nobody changed it since it was read, or created only if
 * absent (so loaders may run again).
 */
public final class Documents {

    private Documents() {
    }

    /**
     * Replaces a document if its stored {@code version} is still {@code expectedVersion}.
     *
     * @throws PreconditionFailedException with the current ETag when someone else changed it first
     */
    public static void replace(MongoOperations mongo, String id, long expectedVersion, Object changed,
            LongSupplier currentVersion) {
        Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(expectedVersion));
        if (mongo.replace(unchanged, changed).getModifiedCount() != 1) {
            throw new PreconditionFailedException(ETags.of(currentVersion.getAsLong()));
        }
    }

    /**
     * Inserts those of the documents whose ids are not there yet, in one batch (one query for the ids, one
     * insert); returns the ones inserted.
     */
    public static <T> List<T> insertAllIfAbsent(MongoOperations mongo, Class<T> type, List<T> documents, Function<T, String> id) {
        if (documents.isEmpty()) {
            return List.of();
        }
        Query existing = Query.query(Criteria.where("_id").in(documents.stream().map(id).toList()));
        existing.fields().include("_id");
        Set<String> present = mongo.find(existing, Document.class, mongo.getCollectionName(type)).stream()
                .map(d -> String.valueOf(d.get("_id"))).collect(Collectors.toSet());
        List<T> missing = documents.stream().filter(d -> !present.contains(id.apply(d))).toList();
        return missing.isEmpty() ? List.of() : List.copyOf(mongo.insertAll(missing));
    }

    /** Inserts a document unless one with its id exists; the document as inserted, if it was. */
    public static <T> Optional<T> insertIfAbsent(MongoOperations mongo, String id, T document) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(id)), document.getClass())) {
            return Optional.empty();
        }
        try {
            return Optional.of(mongo.insert(document));
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        }
    }
}
