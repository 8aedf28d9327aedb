package no.arsberetning.common.releases;

import java.time.Instant;

import no.arsberetning.common.changes.Bookkeeping;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A release number given to one publishing (by its idempotency key): never given twice in a year, which
 * the unique index on {@code (year, number)} guarantees whatever the number counter does.
 */
@Bookkeeping
@Document(ReleaseNumber.COLLECTION)
@CompoundIndex(name = "year_number", def = "{'year': 1, 'number': 1}", unique = true)
record ReleaseNumber(@Id String id, int year, String idempotencyKey, int number, Instant givenAt) {

    static final String COLLECTION = "release_numbers";

    static String idOf(int year, String idempotencyKey) {
        return year + ":" + idempotencyKey;
    }
}
