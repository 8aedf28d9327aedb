package no.arsberetning.keyfigures.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which imports are committed, and in which order: an import's record turns {@code done} with the next commit
 * number in one write, which is what makes all its slices visible at once. A committed or failed import never
 * changes again, so what is read once is remembered; imports still running are asked again next time.
 */
@Component
public class CommittedImports {

    /** The imports' records (written by the import feature). */
    public static final String COLLECTION = "key_figure_imports";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    private static final long NEVER = -1;

    private final MongoOperations mongo;
    /** import id → commit number, or {@link #NEVER} for a failed import. */
    private final Map<String, Long> finished = new ConcurrentHashMap<>();

    CommittedImports(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Of these imports, the committed one with the highest commit number. */
    public Optional<String> newest(Collection<String> importIds) {
        if (importIds == null || importIds.isEmpty()) {
            return Optional.empty();
        }
        learn(importIds);
        String newest = null;
        long best = NEVER;
        for (String id : importIds) {
            long seq = finished.getOrDefault(id, NEVER);
            if (seq > best) {
                best = seq;
                newest = id;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Whether the import is committed. */
    public boolean isCommitted(String importId) {
        learn(List.of(importId));
        return finished.getOrDefault(importId, NEVER) > NEVER;
    }

    /** The commit number of a committed import (what orders them), or empty. */
    public Optional<Long> commitNumber(String importId) {
        learn(List.of(importId));
        long seq = finished.getOrDefault(importId, NEVER);
        return seq > NEVER ? Optional.of(seq) : Optional.empty();
    }

    private void learn(Collection<String> importIds) {
        List<String> unknown = new ArrayList<>();
        for (String id : importIds) {
            if (!finished.containsKey(id)) {
                unknown.add(id);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        Query query = Query.query(Criteria.where("_id").in(unknown));
        query.fields().include("state", "seq");
        for (Document record : mongo.find(query, Document.class, COLLECTION)) {
            String state = record.getString("state");
            if (DONE.equals(state) && record.get("seq") instanceof Number seq) {
                finished.put(record.getString("_id"), seq.longValue());
            } else if (FAILED.equals(state)) {
                finished.put(record.getString("_id"), NEVER);
            }
        }
    }
}
