package no.arsberetning.common.audit;

import java.time.Instant;

import no.arsberetning.common.changes.Bookkeeping;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One recorded write (brief § 5): who, when, what, and the state before and after. Entries are only ever
 * inserted; nothing updates or deletes them.
 */
@Bookkeeping
@Document(AuditEntry.COLLECTION)
@CompoundIndex(name = "entity_at", def = "{'entityType': 1, 'entityId': 1, 'at': 1}")
public record AuditEntry(
        @Id String id,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        Object before,
        Object after) {

    public static final String COLLECTION = "audit_trail";
}
