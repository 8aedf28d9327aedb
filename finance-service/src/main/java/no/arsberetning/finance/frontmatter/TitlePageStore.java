package no.arsberetning.finance.frontmatter;

import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Optional;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.Versioned;
import no.arsberetning.common.tables.Provenance;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** The title pages: one document per year, optimistic locking, every write audited. */
@Component
public class TitlePageStore {

    private static final String ENTITY = "title-page";

    private final MongoOperations mongo;
    private final AuditTrail audit;
    private final Clock clock;

    TitlePageStore(MongoOperations mongo, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<TitlePage> find(int year) {
        return Optional.ofNullable(mongo.findById(TitlePage.idOf(year), TitlePage.class));
    }

    TitlePage get(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException("Ingen forside for " + year + "."));
    }

    /** Creates the page unless it exists (idempotent: loaders may run again). */
    public TitlePage createIfAbsent(TitlePage page) {
        TitlePage existing = mongo.findById(page.id(), TitlePage.class);
        if (existing != null) {
            return existing;
        }
        TitlePage created = mongo.insert(page);
        audit.record(page.provenance().by(), "create", ENTITY, page.id(), null, created);
        return created;
    }

    /** Replaces the page; the caller has checked who may and that the section is editable. */
    TitlePage update(TitlePage page, TitlePageEdit edit, String actor) {
        TitlePage changed = Versioned.save(mongo, page.with(edit, Provenance.manual(actor, clock.instant())));
        audit.record(actor, "update", ENTITY, page.id(), page, changed);
        return changed;
    }
}
