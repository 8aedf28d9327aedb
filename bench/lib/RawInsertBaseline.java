package no.arsberetning.bench;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * The key-figure import's baseline (bench/README.md): the very documents an import wrote, inserted again straight
 * through the MongoDB driver, in batches of the import's size, into a scratch collection of the same database, which
 * is dropped afterwards. Nothing is parsed, sorted, merged or registered: the rate the store's database takes
 * documents at, measured in the same run as the import.
 *
 * <p>Arguments: MongoDB URI, database, import id, values per batch. Prints one JSON line.
 */
public final class RawInsertBaseline {

    private RawInsertBaseline() {
    }

    public static void main(String[] args) {
        String uri = args[0];
        String database = args[1];
        String importId = args[2];
        int batchValues = Integer.parseInt(args[3]);
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<BsonDocument> slices = client.getDatabase(database).getCollection("key_figure_slices", BsonDocument.class);
            List<BsonDocument> documents = new ArrayList<>();
            // In batches: the development server answers a find without a batch size with every document in one reply.
            for (BsonDocument slice : slices.find(Filters.eq("importId", importId)).batchSize(200)) {
                slice.put("_id", new BsonString(slice.getString("_id").getValue() + "|baseline"));
                documents.add(slice);
            }
            MongoCollection<BsonDocument> scratch = client.getDatabase(database).getCollection("bench_raw_insert", BsonDocument.class);
            scratch.drop();
            long values = 0;
            long started = System.nanoTime();
            List<BsonDocument> batch = new ArrayList<>();
            int batchSize = 0;
            for (BsonDocument document : documents) {
                batch.add(document);
                int size = document.getArray("regions", new BsonArray()).size();
                batchSize += size;
                values += size;
                if (batchSize >= batchValues) {
                    scratch.insertMany(batch);
                    batch.clear();
                    batchSize = 0;
                }
            }
            if (!batch.isEmpty()) {
                scratch.insertMany(batch);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            scratch.drop();
            System.out.printf("{\"documents\": %d, \"values\": %d, \"seconds\": %.3f, \"valuesPerSecond\": %.1f}%n",
                    documents.size(), values, seconds, values / seconds);
        }
    }
}
