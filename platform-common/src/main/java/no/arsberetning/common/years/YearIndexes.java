package no.arsberetning.common.years;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.StartupOrder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Indexes every collection the service reads per request by year, so that ten years of history do not slow the
 * current year: the shared ones (tables, texts, section states, releases, restatement acceptances) and those the
 * service names ({@code arsberetning.years.indexed}). Created on start; creating an existing index changes nothing.
 * Declared here rather than on the documents, because a document embedded in another (a table in an import batch)
 * would give the outer collection the same index. (The embedded development server accepts and ignores them.)
 */
class YearIndexes implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(YearIndexes.class);

    /** The shared collections, each with the field it is sorted by within a year (or none). */
    static final Map<String, String> SHARED = shared();

    private final MongoOperations mongo;
    private final List<String> serviceCollections;

    YearIndexes(MongoOperations mongo, List<String> serviceCollections) {
        this.mongo = mongo;
        this.serviceCollections = List.copyOf(serviceCollections);
    }

    @Override
    public int getOrder() {
        return StartupOrder.RECOVERY - 1;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, String> all = new LinkedHashMap<>(SHARED);
        serviceCollections.forEach(c -> all.putIfAbsent(c, "order"));
        all.forEach((collection, sortedBy) -> {
            Index index = new Index().on("year", Sort.Direction.ASC).named("year");
            if (sortedBy != null) {
                index = new Index().on("year", Sort.Direction.ASC).on(sortedBy, Sort.Direction.ASC).named("year_" + sortedBy);
            }
            mongo.indexOps(collection).createIndex(index);
        });
        log.debug("Indekser på år: {}", all.keySet());
    }

    private static Map<String, String> shared() {
        Map<String, String> shared = new LinkedHashMap<>();
        shared.put("reported_tables", "order");
        shared.put("report_texts", "key");
        shared.put("section_states", null);
        shared.put("releases", "number");
        shared.put("restatement_acceptances", null);
        return Collections.unmodifiableMap(shared);
    }
}
