package no.arsberetning.keyfigures.groups;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.keyfigures.KeyFiguresProperties;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The peer groups a new store starts with, once (a marker remembers it, so a group an administrator removed
 * stays removed): Statistics Norway's KOSTRA groups whose members are listed in {@value #FILE}, the ASSS
 * network, and the municipality's own group from {@code arsberetning.key-figures.own-group}.
 */
@Component
class GroupSeed {

    static final String FILE = "groups/peer-groups.json";
    private static final String SEEDS = "key_figure_seeds";
    private static final Logger log = LoggerFactory.getLogger(GroupSeed.class);

    private final PeerGroups groups;
    private final MongoOperations mongo;
    private final ObjectMapper json;
    private final KeyFiguresProperties properties;
    private final Clock clock;

    GroupSeed(PeerGroups groups, MongoOperations mongo, ObjectMapper json, KeyFiguresProperties properties, Clock clock) {
        this.groups = groups;
        this.mongo = mongo;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnce() {
        if (mongo.findById("peer-groups", Document.class, SEEDS) != null) {
            return;
        }
        int added = 0;
        for (PeerGroup group : seedGroups()) {
            added += groups.insertIfAbsent(group) ? 1 : 0;
        }
        try {
            mongo.insert(new Document("_id", "peer-groups").append("at", clock.instant()), SEEDS);
        } catch (DuplicateKeyException anotherInstanceSeeded) {
            return;
        }
        log.info("Seeded {} peer groups", added);
    }

    List<PeerGroup> seedGroups() {
        List<PeerGroup> seeds = new ArrayList<>();
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            for (NewGroup seed : json.readValue(in, new TypeReference<List<NewGroup>>() { })) {
                seeds.add(of(seed.id(), seed.group()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KeyFiguresProperties.OwnGroup own = properties.ownGroup();
        if (own != null && !own.members().isEmpty()) {
            seeds.add(of("egne", new GroupEdit(own.label(), GroupKind.OWN, own.description(), own.members(), null)));
        }
        return seeds;
    }

    private PeerGroup of(String id, GroupEdit edit) {
        return new PeerGroup(id, edit.label(), edit.kind(), edit.description(), edit.members(), edit.aggregate(), null, "seed",
                clock.instant());
    }
}
