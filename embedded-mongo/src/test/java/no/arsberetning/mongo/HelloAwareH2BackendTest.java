package no.arsberetning.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelloAwareH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void answersHelloAsWritablePrimary() throws Exception {
        int port = freePort();
        MongoServer server = EmbeddedMongo.start(new HelloAwareH2Backend(dir.resolve("m.mv").toString()), "127.0.0.1", port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
            assertThat(hello.get("ok")).isIn(1, 1.0);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
        } finally {
            server.shutdown();
        }
    }

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        String file = dir.resolve("persist.mv").toString();
        int port = freePort();
        MongoServer first = EmbeddedMongo.start(new HelloAwareH2Backend(file), "127.0.0.1", port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("finance").getCollection("years").insertOne(new Document("_id", 2023));
        } finally {
            first.shutdown();
        }
        MongoServer second = EmbeddedMongo.start(new HelloAwareH2Backend(file), "127.0.0.1", port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> years = client.getDatabase("finance").getCollection("years");
            assertThat(years.find(new Document("_id", 2023)).first()).isNotNull();
        } finally {
            second.shutdown();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
