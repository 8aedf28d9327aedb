package no.arsberetning.common.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.indexes.DeclaredIndexes;
import no.arsberetning.common.years.ReportingYears;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Readiness means the first answers are ready: every year's report, checks and dashboard are kept before anyone asks. */
class FirstAnswersTests {

    private static final MongoServer SERVER = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final MongoClient CLIENT = MongoClients.create(SERVER.bindAndGetConnectionString());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MongoTemplate mongo = new MongoTemplate(CLIENT, "first-answers-tests");
    private final ReportingYears years = new ReportingYears(mongo, Clock.systemUTC());
    private final VersionedReads reads = new VersionedReads(new ChangeCounters(mongo), null, "test-build");

    @BeforeEach
    void twoYears() {
        mongo.getDb().drop();
        new DeclaredIndexes(mongo).run(null);
        years.register(2023, "test", "test");
        years.register(2024, "test", "test");
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.shutdownNow();
    }

    @Test
    void everyYearsAnswersAreKeptAsTheHandlerWouldSerializeThem() {
        FirstAnswer report = new FirstAnswer("/report", year -> Map.of("year", year, "title", "Årsberetning " + year));
        FirstAnswer dashboard = new FirstAnswer("/dashboard", year -> List.of(year, "oversikt"));

        new FirstAnswers(List.of(report, dashboard), years, reads, JSON, "/api/test").run(null);

        for (int year : List.of(2023, 2024)) {
            assertThat(reads.keptBody("/api/test/" + year + "/report")).isEqualTo(JSON.writeValueAsBytes(report.build().apply(year)));
            assertThat(reads.keptBody("/api/test/" + year + "/dashboard"))
                    .isEqualTo(JSON.writeValueAsBytes(dashboard.build().apply(year)));
        }
        assertThat(reads.keptBody("/api/test/2025/report")).as("no such year").isNull();
    }

    @Test
    void anAnswerThatFailsIsLeftToTheFirstRequestAndTheOthersAreStillKept() {
        FirstAnswer broken = new FirstAnswer("/checks", year -> {
            throw new IllegalStateException("the rules need data that is not there");
        });
        FirstAnswer dashboard = new FirstAnswer("/dashboard", year -> List.of(year));

        new FirstAnswers(List.of(broken, dashboard), years, reads, JSON, "/api/test").run(null);

        assertThat(reads.keptBody("/api/test/2023/checks")).isNull();
        assertThat(reads.keptBody("/api/test/2023/dashboard")).isNotNull();
        assertThat(reads.keptBody("/api/test/2024/dashboard")).isNotNull();
    }
}
