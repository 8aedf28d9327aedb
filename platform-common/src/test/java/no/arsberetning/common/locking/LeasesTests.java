package no.arsberetning.common.locking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Work only one replica does at a time: two programs (two {@link Leases}) on one database. */
class LeasesTests {

    private static final MongoServer SERVER = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final MongoClient CLIENT = MongoClients.create(SERVER.bindAndGetConnectionString());
    private static final Instant NOW = Instant.parse("2024-02-01T10:00:00Z");

    private final MongoTemplate mongo = new MongoTemplate(CLIENT, "leases-tests");
    private final Leases first = new Leases(mongo, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Leases second = new Leases(mongo, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void empty() {
        mongo.dropCollection(Lease.class);
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.shutdownNow();
    }

    @Test
    void twoReplicasClaimingTheSameWorkAtOnceGetItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> one = () -> first.claim("work", Duration.ofMinutes(1));
            Callable<Boolean> two = () -> second.claim("work", Duration.ofMinutes(1));
            Future<Boolean> a = pool.submit(one);
            Future<Boolean> b = pool.submit(two);
            assertThat(a.get() ^ b.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void doneWorkIsNeverTakenAgain() {
        assertThat(first.claim("work", Duration.ofMinutes(1))).isTrue();
        first.done("work");

        assertThat(second.isDone("work")).isTrue();
        assertThat(second.claim("work", Duration.ofMinutes(1))).isFalse();
        assertThat(first.claim("work", Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void workLetGoOrWhoseLeaseRanOutIsTakenByAnother() {
        assertThat(first.claim("released", Duration.ofMinutes(1))).isTrue();
        assertThat(second.claim("released", Duration.ofMinutes(1))).isFalse();
        first.release("released");
        assertThat(second.claim("released", Duration.ofMinutes(1))).isTrue();

        assertThat(first.claim("expired", Duration.ofMinutes(1))).isTrue();
        Leases later = new Leases(mongo, Clock.fixed(NOW.plus(Duration.ofMinutes(2)), ZoneOffset.UTC));
        assertThat(later.claim("expired", Duration.ofMinutes(1))).isTrue();
    }
}
