package no.arsberetning.mongo;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB-compatible server for local runs and tests: mongo-java-server with the H2 backend, so data
 * survives a restart. Settings from the environment: {@code MONGO_PORT} (27017), {@code MONGO_BIND}
 * (127.0.0.1) and {@code MONGO_DATA_FILE} (data/mongo.mv).
 */
public final class EmbeddedMongo {

    private EmbeddedMongo() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(setting("MONGO_PORT", "27017"));
        String bind = setting("MONGO_BIND", "127.0.0.1");
        Path dataFile = Path.of(setting("MONGO_DATA_FILE", "data/mongo.mv")).toAbsolutePath();
        Files.createDirectories(dataFile.getParent());

        MongoServer server = start(new HelloAwareH2Backend(dataFile.toString()), bind, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "embedded-mongo-shutdown"));
        System.out.printf("Embedded MongoDB listening on %s:%d, data in %s%n", bind, port, dataFile);
        Thread.currentThread().join();
    }

    static MongoServer start(HelloAwareH2Backend backend, String bind, int port) {
        MongoServer server = new MongoServer(backend);
        server.bind(bind, port);
        return server;
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
