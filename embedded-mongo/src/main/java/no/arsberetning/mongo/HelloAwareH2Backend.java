package no.arsberetning.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend, answering {@code hello} (which mongo-java-server lacks) as {@code isMaster}. Spring
 * Boot's MongoDB health check sends {@code hello}; without this, health shows DOWN.
 */
public class HelloAwareH2Backend extends H2Backend {

    HelloAwareH2Backend(String fileName) {
        super(fileName);
    }

    private HelloAwareH2Backend(MVStore store) {
        super(store);
    }

    /** A backend that keeps nothing on disk, for tests. */
    public static HelloAwareH2Backend inMemory() {
        return new HelloAwareH2Backend(MVStore.open(null));
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document reply = super.handleCommand(channel, databaseName, "isMaster", query);
            reply.put("isWritablePrimary", Boolean.TRUE);
            return reply;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
