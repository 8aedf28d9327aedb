package no.arsberetning.keyfigures.imports;

import java.time.Instant;
import java.util.List;

import no.arsberetning.keyfigures.store.CommittedImports;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One import of a statistics file and how far it has come. {@code state} is {@code running} until it turns
 * {@code done} — with the next commit number ({@code seq}), in one write, which makes everything it wrote visible
 * at once — or {@code failed}, with its errors; either is final. The job writes its progress here while it runs.
 *
 * @param bytes the file's size; {@code bytesRead} how much of it has been read
 * @param valuesRead numbers read from {@code value} so far (nulls and statuses not counted)
 * @param valuesWritten cells (a value or a status sign) in the slices this import wrote, regions kept from the slice each
 *                      replaces included; a slice the store already holds unchanged is not written
 * @param valuesTotal cells the file's dimensions span, once they are read
 * @param slicesTotal slices (measure and period) the file holds; {@code slicesDone} how many have been written or found unchanged
 * @param heartbeat when the job last reported; a running import whose job has gone quiet is failed on the next start
 * @param sameAs the latest earlier committed import of the same content (SHA-256), if any
 */
@Document(CommittedImports.COLLECTION)
@CompoundIndex(name = "state_heartbeat", def = "{'state': 1, 'heartbeat': 1}")
record ImportRecord(
        @Id String id,
        String state,
        String fileName,
        @Indexed String sha256,
        long bytes,
        String by,
        @Indexed Instant startedAt,
        Instant heartbeat,
        Instant finishedAt,
        Long seq,
        long bytesRead,
        long valuesRead,
        long valuesWritten,
        Long valuesTotal,
        long slicesTotal,
        long slicesDone,
        long slicesUnchanged,
        String table,
        String label,
        String source,
        Instant updated,
        List<String> periods,
        Integer measures,
        String sameAs,
        List<ImportError> errors) {

    static final String RUNNING = "running";

    ImportRecord {
        periods = periods == null ? List.of() : periods;
        errors = errors == null ? List.of() : errors;
    }

    static ImportRecord started(String id, String fileName, String sha256, long bytes, String by, Instant now) {
        return new ImportRecord(id, RUNNING, fileName, sha256, bytes, by, now, now, null, null, 0, 0, 0, null, 0, 0, 0,
                null, null, null, null, List.of(), null, null, List.of());
    }

    /** The same record, noting an earlier import of the same content. */
    ImportRecord sameAs(String earlier) {
        return new ImportRecord(id, state, fileName, sha256, bytes, by, startedAt, heartbeat, finishedAt, seq, bytesRead, valuesRead,
                valuesWritten, valuesTotal, slicesTotal, slicesDone, slicesUnchanged, table, label, source, updated, periods, measures,
                earlier, errors);
    }

    /** How far the import has come, 0–1: reading the file is the first half, writing the slices the second. */
    double progress() {
        if (!RUNNING.equals(state)) {
            return 1;
        }
        double reading = bytes == 0 ? 0 : Math.min(1, (double) bytesRead / bytes);
        double writing = slicesTotal == 0 ? 0 : Math.min(1, (double) slicesDone / slicesTotal);
        return 0.5 * reading + 0.5 * writing;
    }
}
