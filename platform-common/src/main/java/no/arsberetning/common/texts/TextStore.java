package no.arsberetning.common.texts;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.common.PerYear;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.Versioned;
import no.arsberetning.common.tables.Provenance;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A service's explanatory texts: sanitized on the way in, optimistic locking, audited. */
public class TextStore {

    private static final String ENTITY = "text";

    private final MongoOperations mongo;
    private final AuditTrail audit;
    private final Clock clock;

    public TextStore(MongoOperations mongo, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ReportText> all(int year) {
        return mongo.find(PerYear.of(year).with(Sort.by("key")), ReportText.class);
    }

    public ReportText get(int year, String key) {
        ReportText text = mongo.findById(ReportText.idOf(year, key), ReportText.class);
        if (text == null) {
            throw new NoSuchElementException("Ingen tekst «" + key + "» for " + year + ".");
        }
        return text;
    }

    /** Creates a text unless it exists (idempotent: loaders may run again). */
    public ReportText createIfAbsent(int year, String key, String section, String area, String title, String html,
            Provenance provenance) {
        ReportText existing = mongo.findById(ReportText.idOf(year, key), ReportText.class);
        if (existing != null) {
            return existing;
        }
        ReportText created = new ReportText(ReportText.idOf(year, key), year, key, section, area, title,
                SafeHtml.sanitize(html), provenance, null);
        ReportText inserted = mongo.insert(created);
        audit.record(provenance.by(), "create", ENTITY, inserted.id(), null, inserted);
        return inserted;
    }

    /**
     * Replaces a text's content; the caller has checked who may and that its section is editable.
     *
     * @throws no.arsberetning.common.locking.PreconditionFailedException when it changed since it was read
     */
    public ReportText update(ReportText text, String html, String actor) {
        ReportText changed = Versioned.save(mongo, new ReportText(text.id(), text.year(), text.key(), text.section(),
                text.area(), text.title(), SafeHtml.sanitize(html), Provenance.manual(actor, clock.instant()), text.version()));
        audit.record(actor, "update", ENTITY, text.id(), text, changed);
        return changed;
    }
}
