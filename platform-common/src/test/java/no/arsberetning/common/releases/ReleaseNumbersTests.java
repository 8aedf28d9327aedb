package no.arsberetning.common.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.indexes.DeclaredIndexes;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Release numbers on a database that already holds releases frozen before numbers were given by the
 * counter (the gateway then computed "highest + 1"): their keys keep their numbers, new keys continue above them.
 */
class ReleaseNumbersTests {

    private static final MongoServer SERVER = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final MongoClient CLIENT = MongoClients.create(SERVER.bindAndGetConnectionString());
    private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

    private final MongoTemplate mongo = new MongoTemplate(CLIENT, "release-numbers-tests");
    private final ReleaseNumbers numbers = new ReleaseNumbers(mongo, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void empty() {
        mongo.getDb().drop();
        new DeclaredIndexes(mongo).run(null);
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.shutdownNow();
    }

    @Test
    void aKeyFrozenUnderTheOldNumberingGetsTheNumberItWasFrozenUnder() {
        frozen(2023, 1, "first-publish");
        frozen(2023, 2, "second-publish");

        assertThat(numbers.numberFor(2023, "first-publish")).isEqualTo(1);
        assertThat(numbers.numberFor(2023, "second-publish")).isEqualTo(2);
        assertThat(mongo.count(new Query(), ReleaseNumber.class))
                .as("the number was the release's already: nothing is given, the counter does not move").isZero();
        assertThat(numbers.numberFor(2023, "third-publish")).as("a new key continues above the frozen ones").isEqualTo(3);
    }

    @Test
    void aKeyFrozenInAnotherYearIsANewKeyHere() {
        frozen(2022, 4, "publish");

        assertThat(numbers.numberFor(2023, "publish")).isEqualTo(1);
        assertThat(numbers.numberFor(2022, "publish")).isEqualTo(4);
        assertThat(numbers.numberFor(2022, "another")).isEqualTo(5);
    }

    @Test
    void aNewKeyAfterAFrozenOneAndARetryOfItKeepTheirNumbers() {
        frozen(2023, 1, "first-publish");
        int given = numbers.numberFor(2023, "retry-me");

        frozen(2023, given, "retry-me");

        assertThat(numbers.numberFor(2023, "retry-me")).isEqualTo(given).isEqualTo(2);
        assertThat(numbers.numberFor(2023, "first-publish")).isEqualTo(1);
    }

    private void frozen(int year, int number, String key) {
        mongo.insert(new ServiceRelease(ServiceRelease.idOf(year, number), year, number, key, NOW, "controller", null,
                List.of(), List.of(), "hash-" + number, null));
    }
}
