package no.arsberetning.common.tables;

import java.time.Instant;
import java.util.List;

import no.arsberetning.common.changes.Bookkeeping;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An import that touches several tables, written whole before any table is: if the process dies half
 * way, the batch is still {@code pending} and is applied again on the next start, so an import is never
 * left half done (the embedded MongoDB server has no multi-document transactions).
 */
@Bookkeeping
@Document(ImportBatch.COLLECTION)
@CompoundIndex(name = "state", def = "{'state': 1}")
public record ImportBatch(@Id String id, int year, String state, Provenance provenance, List<ReportedTable> tables,
        Instant appliedAt) {

    public static final String COLLECTION = "import_batches";
    static final String PENDING = "pending";
    static final String APPLIED = "applied";
    /** A table it changes was written by someone else after the file was checked: nothing of it stays. */
    static final String CONFLICT = "conflict";
}
