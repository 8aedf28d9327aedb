package no.arsberetning.keyfigures.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.arsberetning.keyfigures.store.FigureStore;
import no.arsberetning.keyfigures.store.Measure;
import no.arsberetning.keyfigures.store.Slice;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes an import's slices in bulk, under the import's id, so that nothing is visible before the import is
 * committed. Each slice is merged with the one visible now (the file's regions replace theirs, the others are
 * kept), so the newest committed slice of a period is always complete; a slice that would not change anything is
 * not written at all — importing the same file again writes nothing. The measures learn of the new slices before
 * the commit ({@code periods.<period>} gets the import's id), and after it the slices they replace are removed.
 */
final class SliceWriter {

    /** Progress of the writing: slices done (written or unchanged) and values written so far. */
    interface Progress {
        void written(long slicesDone, long slicesUnchanged, long valuesWritten);
    }

    private final MongoOperations mongo;
    private final FigureStore store;
    private final String importId;
    private final SliceFactory slices;
    private final int batchValues;
    private final Progress progress;

    private final List<Slice> pending = new ArrayList<>();
    private int pendingValues;
    private final Map<String, Measure> measures = new HashMap<>();
    /** measure → periods this import wrote a slice for. */
    private final Map<String, Set<String>> written = new LinkedHashMap<>();
    /** measure → a slice this import wrote (its label, unit … describe the measure after the commit). */
    private final Map<String, Slice> described = new LinkedHashMap<>();
    private long slicesDone;
    private long slicesUnchanged;
    private long valuesWritten;

    SliceWriter(MongoOperations mongo, FigureStore store, String importId, SliceFactory slices, int batchValues, Progress progress) {
        this.mongo = mongo;
        this.store = store;
        this.importId = importId;
        this.slices = slices;
        this.batchValues = batchValues;
        this.progress = progress;
    }

    void add(CellPartitions.SliceCells cells) {
        Slice slice = slices.slice(cells);
        pending.add(slice);
        pendingValues += slice.size();
        if (pendingValues >= batchValues) {
            flush();
        }
    }

    /** Writes what is pending. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> unknown = new LinkedHashSet<>();
        pending.forEach(s -> {
            if (!measures.containsKey(s.measure())) {
                unknown.add(s.measure());
            }
        });
        Map<String, Measure> found = store.measures(unknown);
        unknown.forEach(id -> measures.put(id, found.get(id)));
        List<String> visibleIds = new ArrayList<>();
        for (Slice slice : pending) {
            Measure measure = measures.get(slice.measure());
            visibleIds.add(measure == null ? null : store.visibleSliceId(measure, slice.period()).orElse(null));
        }
        Map<String, Slice> visible = store.slices(visibleIds.stream().filter(Objects::nonNull).toList());
        List<Slice> toWrite = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Slice slice = pending.get(i);
            Slice current = visibleIds.get(i) == null ? null : visible.get(visibleIds.get(i));
            Slice merged = merge(current, slice);
            if (current != null && same(current, merged)) {
                slicesUnchanged++;
            } else {
                toWrite.add(merged);
            }
        }
        if (!toWrite.isEmpty()) {
            mongo.insert(toWrite, Slice.class);
            register(toWrite);
        }
        slicesDone += pending.size();
        valuesWritten += toWrite.stream().mapToLong(Slice::size).sum();
        pending.clear();
        pendingValues = 0;
        progress.written(slicesDone, slicesUnchanged, valuesWritten);
    }

    /** Tells each measure of its new slices' periods (still invisible: the import is not committed). */
    private void register(List<Slice> newSlices) {
        Map<String, List<Slice>> byMeasure = new LinkedHashMap<>();
        newSlices.forEach(s -> byMeasure.computeIfAbsent(s.measure(), m -> new ArrayList<>()).add(s));
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Measure.class);
        byMeasure.forEach((measure, list) -> {
            Slice first = list.get(0);
            Update update = new Update()
                    .setOnInsert("contentsCode", slices.contentsCode(measure))
                    .setOnInsert("table", first.table())
                    .setOnInsert("tableLabel", first.tableLabel())
                    .setOnInsert("label", first.label())
                    .setOnInsert("unit", first.unit())
                    .setOnInsert("unitText", first.unitText())
                    .setOnInsert("decimals", first.decimals());
            for (Slice slice : list) {
                update.addToSet("periods." + slice.period(), importId);
                written.computeIfAbsent(measure, m -> new LinkedHashSet<>()).add(slice.period());
            }
            described.put(measure, first);
            bulk.upsert(Query.query(Criteria.where("_id").is(measure)), update);
        });
        bulk.execute();
    }

    /**
     * After the commit: the measures forget the slices the import's replace (and remove them), and describe
     * themselves as the import's file does.
     */
    void afterCommit() {
        if (written.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Measure.class);
        List<String> replaced = new ArrayList<>();
        written.forEach((measure, periods) -> {
            Slice slice = described.get(measure);
            Update update = new Update().set("label", slice.label()).set("unit", slice.unit()).set("unitText", slice.unitText())
                    .set("decimals", slice.decimals()).set("table", slice.table()).set("tableLabel", slice.tableLabel());
            Measure before = measures.get(measure);
            for (String period : periods) {
                List<String> older = before == null ? List.of()
                        : before.periods().getOrDefault(period, List.of()).stream().filter(id -> !id.equals(importId)).toList();
                if (!older.isEmpty()) {
                    update.pullAll("periods." + period, older.toArray());
                    older.forEach(id -> replaced.add(Slice.id(measure, period, id)));
                }
            }
            bulk.updateOne(Query.query(Criteria.where("_id").is(measure)), update);
        });
        bulk.execute();
        for (int from = 0; from < replaced.size(); from += 1000) {
            List<String> ids = replaced.subList(from, Math.min(replaced.size(), from + 1000));
            mongo.remove(Query.query(Criteria.where("_id").in(ids)), Slice.class);
        }
    }

    long slicesDone() {
        return slicesDone;
    }

    long slicesUnchanged() {
        return slicesUnchanged;
    }

    long valuesWritten() {
        return valuesWritten;
    }

    Set<String> measuresWritten() {
        return written.keySet();
    }

    /** The file's slice merged into the visible one: its regions replace those, the others stay. */
    private Slice merge(Slice current, Slice file) {
        if (current == null) {
            return file;
        }
        Map<String, Integer> at = new LinkedHashMap<>();
        List<String> regions = new ArrayList<>(current.regions());
        List<BigDecimal> values = new ArrayList<>(current.values());
        List<String> statuses = new ArrayList<>(current.statuses());
        for (int i = 0; i < regions.size(); i++) {
            at.put(regions.get(i), i);
        }
        for (int i = 0; i < file.size(); i++) {
            Integer j = at.get(file.regions().get(i));
            if (j == null) {
                regions.add(file.regions().get(i));
                values.add(file.values().get(i));
                statuses.add(file.statuses().get(i));
            } else {
                values.set(j, file.values().get(i));
                statuses.set(j, file.statuses().get(i));
            }
        }
        return new Slice(file.id(), file.measure(), file.period(), file.importId(), file.table(), file.tableLabel(), file.label(),
                file.unit(), file.unitText(), file.decimals(), file.notes(), file.updated(), regions, values, statuses);
    }

    /** Whether a merged slice says exactly what the visible one does (the same numbers, statuses and description). */
    private static boolean same(Slice a, Slice b) {
        if (a.size() != b.size() || !Objects.equals(a.label(), b.label()) || !Objects.equals(a.unit(), b.unit())
                || !Objects.equals(a.unitText(), b.unitText()) || !Objects.equals(a.decimals(), b.decimals())
                || !Objects.equals(a.notes(), b.notes()) || !Objects.equals(a.table(), b.table())) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            BigDecimal x = a.values().get(i);
            BigDecimal y = b.values().get(i);
            boolean sameValue = x == null ? y == null : y != null && x.compareTo(y) == 0;
            if (!a.regions().get(i).equals(b.regions().get(i)) || !sameValue || !Objects.equals(a.statuses().get(i), b.statuses().get(i))) {
                return false;
            }
        }
        return true;
    }
}
