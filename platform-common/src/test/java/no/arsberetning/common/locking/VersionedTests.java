package no.arsberetning.common.locking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/** Spring Data's {@code @Version} on records, as every store uses it: one save at a time wins, none is lost. */
class VersionedTests {

    private static final MongoServer SERVER = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final MongoClient CLIENT = MongoClients.create(SERVER.bindAndGetConnectionString());

    private final MongoTemplate mongo = new MongoTemplate(CLIENT, "versioned-tests");

    @Document("things")
    record Thing(@Id String id, String text, @Version Long version) {

        Thing with(String newText) {
            return new Thing(id, newText, version);
        }
    }

    @BeforeEach
    void empty() {
        mongo.dropCollection(Thing.class);
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.shutdownNow();
    }

    @Test
    void aDocumentStartsAtVersionZeroAndEverySaveGivesTheNext() {
        Thing created = mongo.insert(new Thing("a", "first", null));
        Thing changed = Versioned.save(mongo, created.with("second"));

        assertThat(created.version()).isZero();
        assertThat(changed.version()).isEqualTo(1);
        assertThat(mongo.findById("a", Thing.class)).isEqualTo(new Thing("a", "second", 1L));
    }

    @Test
    void aSaveOfWhatWasReadBeforeAnotherWriteIs412NamingTheStoredVersion() {
        Thing read = mongo.insert(new Thing("a", "first", null));
        Versioned.save(mongo, read.with("theirs"));

        assertThatThrownBy(() -> Versioned.save(mongo, read.with("mine")))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.currentETag()).isEqualTo("\"1\""));
        assertThat(mongo.findById("a", Thing.class).text()).isEqualTo("theirs");
    }

    @Test
    void aBatchSavedAgainChangesNothing() {
        Thing a = mongo.insert(new Thing("a", "a0", null));
        List<Thing> batch = List.of(a.with("a1"), new Thing("b", "b0", null));
        List<String> saved = new ArrayList<>();

        Versioned.saveAll(mongo, batch, (before, after) -> saved.add(after.id() + "@" + after.version()));
        Versioned.saveAll(mongo, batch, (before, after) -> saved.add("again " + after.id()));

        assertThat(saved).containsExactly("a@1", "b@0");
        assertThat(mongo.findAll(Thing.class)).containsExactlyInAnyOrder(new Thing("a", "a1", 1L), new Thing("b", "b0", 0L));
    }

    @Test
    void aBatchThatMeetsANewerWriteLeavesNothingOfItselfBehind() {
        Thing a = mongo.insert(new Thing("a", "a0", null));
        Thing c = mongo.insert(new Thing("c", "c0", null));
        Versioned.save(mongo, c.with("someone else's"));
        List<Thing> batch = List.of(a.with("a1"), new Thing("b", "b0", null), c.with("c1"));

        assertThatThrownBy(() -> Versioned.saveAll(mongo, batch, (before, after) -> { }))
                .isInstanceOfSatisfying(Versioned.VersionConflictException.class, e -> assertThat(e.id()).isEqualTo("c"));

        assertThat(mongo.findAll(Thing.class)).extracting(Thing::id, Thing::text)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", "a0"),
                        org.assertj.core.groups.Tuple.tuple("c", "someone else's"));
    }
}
