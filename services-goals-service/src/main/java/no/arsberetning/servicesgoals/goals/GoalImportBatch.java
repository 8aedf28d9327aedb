package no.arsberetning.servicesgoals.goals;

import java.time.Instant;
import java.util.List;

import no.arsberetning.common.changes.Bookkeeping;
import no.arsberetning.common.tables.Provenance;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An import that changes several goals, written whole before any goal is: if the process dies half way,
 * the batch is still {@code pending} and is applied again on the next start (each goal is replaced whole,
 * so applying twice is harmless). The embedded MongoDB server has no multi-document transactions.
 */
@Bookkeeping
@Document(GoalImportBatch.COLLECTION)
@CompoundIndex(name = "state", def = "{'state': 1}")
record GoalImportBatch(@Id String id, int year, String state, Provenance provenance, List<PeriodGoal> goals,
        Instant appliedAt) {

    static final String COLLECTION = "goal_import_batches";
    static final String PENDING = "pending";
    static final String APPLIED = "applied";
    /** A goal it changes was written by someone else after the file was checked: nothing of it stays. */
    static final String CONFLICT = "conflict";
}
