package no.arsberetning.common.changes;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Advances the change counter after every save, insert, replace or delete of a document (Spring Data's
 * mapping events), whoever wrote it: the year's counter when the document has a {@code year}, every
 * year's otherwise. {@link Bookkeeping} documents are left out. Updates by query raise no event: a write
 * of report content that uses one calls {@link ChangeCounters#advance} itself.
 */
class ChangeListener extends AbstractMongoEventListener<Object> {

    private final ChangeCounters counters;

    ChangeListener(ChangeCounters counters) {
        this.counters = counters;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Object> event) {
        if (!event.getSource().getClass().isAnnotationPresent(Bookkeeping.class)) {
            advance(event.getDocument());
        }
    }

    @Override
    public void onAfterDelete(AfterDeleteEvent<Object> event) {
        if (event.getType() == null || !event.getType().isAnnotationPresent(Bookkeeping.class)) {
            advance(event.getDocument());
        }
    }

    private void advance(Document document) {
        if (document != null && document.get("year") instanceof Number year) {
            counters.advance(year.intValue());
        } else {
            counters.advanceAll();
        }
    }
}
