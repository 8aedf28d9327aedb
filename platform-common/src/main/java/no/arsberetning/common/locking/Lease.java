package no.arsberetning.common.locking;

import java.time.Instant;

import no.arsberetning.common.changes.Bookkeeping;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who does a piece of work that only one replica may do at a time, until when, and whether it is done.
 *
 * @param id what the work is, e.g. {@code demo:demo/2023/chapter-1.json:<sha256>}
 */
@Bookkeeping
@Document(Lease.COLLECTION)
record Lease(@Id String id, String holder, Instant until, boolean done) {

    static final String COLLECTION = "leases";
}
