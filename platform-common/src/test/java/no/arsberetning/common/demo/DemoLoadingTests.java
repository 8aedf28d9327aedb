package no.arsberetning.common.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.common.locking.Leases;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.ObjectMapper;

/** Two pods of one service starting together on one database load each demo file once. */
class DemoLoadingTests {

    private static final MongoServer SERVER = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final MongoClient CLIENT = MongoClients.create(SERVER.bindAndGetConnectionString());

    private final MongoTemplate mongo = new MongoTemplate(CLIENT, "demo-loading-tests");
    private final AtomicInteger loads = new AtomicInteger();
    private final DemoFileLoader slowLoader = file -> {
        loads.incrementAndGet();
        sleep(300);
    };

    @BeforeEach
    void empty() {
        mongo.getDb().drop();
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.shutdownNow();
    }

    @Test
    void twoPodsStartingTogetherLoadAFileOnceAndBothWaitForIt() throws Exception {
        DemoFile file = file("abc");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> load(pod(slowLoader), file));
            Future<?> second = pool.submit(() -> load(pod(slowLoader), file));
            first.get();
            second.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void aFileWhoseContentChangedIsLoadedAgain() throws Exception {
        pod(slowLoader).load(file("abc"));
        pod(slowLoader).load(file("abc"));
        pod(slowLoader).load(file("def"));

        assertThat(loads).hasValue(2);
    }

    @Test
    void aPodWhoseLoadFailedLetsTheNextOneLoadTheFile() throws Exception {
        DemoFileLoader failing = file -> {
            throw new IllegalStateException("databasen forsvant");
        };
        assertThatThrownBy(() -> pod(failing).load(file("abc"))).isInstanceOf(IllegalStateException.class);

        pod(slowLoader).load(file("abc"));

        assertThat(loads).hasValue(1);
    }

    private DemoLoading pod(DemoFileLoader loader) {
        return new DemoLoading(null, List.of(loader), new Leases(mongo, Clock.systemUTC()));
    }

    private static void load(DemoLoading pod, DemoFile file) {
        try {
            pod.load(file);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DemoFile file(String sha256) {
        return new DemoFile("demo/2023/chapter-9.json", "chapter-9.json", sha256,
                new ObjectMapper().readTree("{\"year\":2023}"), null);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
