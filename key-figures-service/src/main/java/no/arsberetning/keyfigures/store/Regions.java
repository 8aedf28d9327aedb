package no.arsberetning.keyfigures.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.keyfigures.KeyFiguresProperties;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The regions' labels and kinds, as the imported files name them: one small document ({@code _id: "regions"},
 * some 450 entries), read again at most every {@code catalog-ttl} (labels change only with an import).
 */
@Component
public class Regions {

    static final String COLLECTION = "key_figure_regions";
    private static final String ID = "regions";

    private final MongoOperations mongo;
    private final Clock clock;
    private final long ttlMillis;
    private volatile Map<String, Region> cached = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    Regions(MongoOperations mongo, Clock clock, KeyFiguresProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.ttlMillis = properties.catalogTtl().toMillis();
    }

    /** The region, or one named by its code when no file has named it. */
    public Region get(String code) {
        Region region = all().get(code);
        return region != null ? region : Region.unknown(code);
    }

    /** Every known region, by code. */
    public Map<String, Region> all() {
        Instant now = clock.instant();
        if (now.toEpochMilli() - readAt.toEpochMilli() > ttlMillis) {
            cached = read();
            readAt = now;
        }
        return cached;
    }

    /** Adds or renames regions (after an import is committed). */
    public void remember(Collection<Region> regions) {
        if (regions.isEmpty()) {
            return;
        }
        Update update = new Update();
        for (Region region : regions) {
            update.set("regions." + region.code(), new Document("label", region.label())
                    .append("kind", region.kind().name()).append("notes", region.notes()));
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(ID)), update, COLLECTION);
        readAt = Instant.EPOCH;
    }

    private Map<String, Region> read() {
        Document catalog = mongo.findById(ID, Document.class, COLLECTION);
        Map<String, Region> regions = new LinkedHashMap<>();
        if (catalog != null && catalog.get("regions") instanceof Document entries) {
            entries.forEach((code, value) -> {
                Document entry = (Document) value;
                List<String> notes = new ArrayList<>(entry.getList("notes", String.class, List.of()));
                regions.put(code, new Region(code, entry.getString("label"), RegionKind.valueOf(entry.getString("kind")), notes));
            });
        }
        return Map.copyOf(regions);
    }
}
