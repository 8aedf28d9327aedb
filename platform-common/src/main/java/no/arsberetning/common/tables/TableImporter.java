package no.arsberetning.common.tables;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.locking.Leases;
import no.arsberetning.common.locking.Versioned;
import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.numbers.PrintedNumbers.Parsed;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.common.tables.TableColumn.ColumnType;
import no.arsberetning.common.tables.TableDraft.DraftRow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one import path for tables, whether a file someone uploads or the demo dataset: every table is
 * validated first and every error collected; only a file without errors is written, as one batch
 * (see {@link ImportBatch}), each table replaced whole and audited.
 */
public class TableImporter {

    private static final String ENTITY = "table";
    private static final Logger log = LoggerFactory.getLogger(TableImporter.class);
    /** Renewed with every table saved; a batch whose replica died is taken over once it runs out. */
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final MongoOperations mongo;
    private final TablePlacement placement;
    private final AuditTrail audit;
    private final Clock clock;
    private final Leases leases;

    public TableImporter(MongoOperations mongo, TablePlacement placement, AuditTrail audit, Clock clock, Leases leases) {
        this.mongo = mongo;
        this.placement = placement;
        this.audit = audit;
        this.clock = clock;
        this.leases = leases;
    }

    /**
     * Imports tables into a year.
     *
     * @param createNew whether tables the year does not have yet may be created (the demo dataset, a
     *                  new year); otherwise a file must match the year's tables exactly in structure
     * @throws ImportRejectedException with every problem, when there is any; nothing is written then
     */
    public List<ReportedTable> importTables(int year, List<TableDraft> drafts, Provenance provenance, boolean createNew) {
        return importTables(year, drafts, provenance, createNew,
                key -> mongo.findById(ReportedTable.idOf(year, key), ReportedTable.class));
    }

    /**
     * Imports tables into a year on top of the tables as the caller read them: each is saved only if it still
     * has the version read then, so two imports of one file at once cannot both apply it (the second is 409).
     *
     * @param checkedAgainst the year's table of a key as it was when the file was checked; null when none
     */
    public List<ReportedTable> importTables(int year, List<TableDraft> drafts, Provenance provenance, boolean createNew,
            Function<String, ReportedTable> checkedAgainst) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ReportedTable> tables = new ArrayList<>();
        for (TableDraft draft : drafts) {
            ReportedTable existing = checkedAgainst.apply(draft.key());
            if (existing == null && !createNew) {
                problems.add(new ImportProblem(draft.key(), null, null, "Ukjent tabell «" + draft.key() + "» for " + year
                        + ". Bruk malen som lastes ned for året."));
                continue;
            }
            problems.addAll(existing == null ? List.of() : structureProblems(existing, draft));
            if (existing == null || sameShape(existing, draft)) {
                tables.add(build(year, draft, existing, provenance, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        ImportBatch batch = new ImportBatch(UUID.randomUUID().toString(), year, ImportBatch.PENDING, provenance, tables, null);
        leases.claim(work(batch), LEASE);
        apply(batch);
        return tables;
    }

    /**
     * Applies a batch (again): idempotent, since every table is replaced whole and one that already has the
     * batch's content is left alone. Each table is saved only if it still has the version the file was
     * checked against; when another write came first, what the batch wrote is undone, the batch is marked
     * {@code conflict} and the import is refused (409).
     */
    void apply(ImportBatch batch) {
        mongo.save(batch);
        try {
            Versioned.saveAll(mongo, batch.tables(), (before, after) -> {
                audit.record(batch.provenance().by(), "import", ENTITY, after.id(), before, after);
                leases.claim(work(batch), LEASE);
            });
        } catch (Versioned.VersionConflictException changed) {
            finish(batch, ImportBatch.CONFLICT);
            String key = batch.tables().stream().filter(t -> t.id().equals(changed.id())).findFirst().orElseThrow().key();
            throw new ImportRejectedException(List.of(new ImportProblem(key, null, null,
                    "Tabellen ble endret av noen andre etter at filen ble lest. Hent den på nytt og importer igjen.")),
                    ImportRejectedException.Reason.LOCKED);
        }
        finish(batch, ImportBatch.APPLIED);
    }

    private static String work(ImportBatch batch) {
        return "import:" + batch.id();
    }

    /** Records how the batch ended and gives up its lease for good (a failure in between keeps it until it runs out). */
    private void finish(ImportBatch batch, String state) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(batch.id())),
                new Update().set("state", state).set("appliedAt", clock.instant()), ImportBatch.class);
        leases.done(work(batch));
    }

    private boolean isPending(ImportBatch batch) {
        return mongo.exists(Query.query(Criteria.where("_id").is(batch.id()).and("state").is(ImportBatch.PENDING)),
                ImportBatch.class);
    }

    /** Batches a crash left pending, to be applied on start. */
    public List<ImportBatch> pending() {
        return mongo.find(Query.query(Criteria.where("state").is(ImportBatch.PENDING)), ImportBatch.class);
    }

    /**
     * Applies the pending batches, each under a lease of its own: one another replica is applying is left
     * to it, one whose replica died is taken over when its lease runs out.
     */
    public void applyPending() throws InterruptedException {
        for (ImportBatch batch : pending()) {
            if (!leases.await(work(batch), LEASE, () -> isPending(batch))) {
                continue;
            }
            try {
                apply(batch);
                log.info("Fullførte en avbrutt import ({} tabeller, {}) fra {}", batch.tables().size(),
                        batch.provenance().fileName(), batch.provenance().by());
            } catch (ImportRejectedException conflict) {
                log.warn("En avbrutt import ({}) fra {} ble ikke fullført: {}", batch.provenance().fileName(),
                        batch.provenance().by(), conflict.problems());
            }
        }
    }

    private static boolean sameShape(ReportedTable existing, TableDraft draft) {
        return draft.columnLabels().size() == existing.columns().size() && draft.rows().size() == existing.rows().size();
    }

    private static List<ImportProblem> structureProblems(ReportedTable existing, TableDraft draft) {
        List<ImportProblem> problems = new ArrayList<>();
        List<TableColumn> columns = existing.columns();
        if (draft.columnLabels().size() != columns.size()) {
            problems.add(new ImportProblem(draft.key(), 1, null, "Tabellen skal ha " + (columns.size() + 1)
                    + " kolonner, filen har " + (draft.columnLabels().size() + 1) + "."));
            return problems;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (!Slugs.normalized(columns.get(c).label()).equals(Slugs.normalized(draft.columnLabels().get(c)))) {
                problems.add(new ImportProblem(draft.key(), 1, draft.columnLabels().get(c),
                        "Kolonnen skal hete «" + columns.get(c).label() + "»."));
            }
        }
        if (draft.rows().size() != existing.rows().size()) {
            problems.add(new ImportProblem(draft.key(), null, null, "Tabellen skal ha " + existing.rows().size()
                    + " rader, filen har " + draft.rows().size() + ". Rader kan ikke legges til eller fjernes."));
            return problems;
        }
        for (int r = 0; r < draft.rows().size(); r++) {
            String expected = existing.rows().get(r).label();
            if (!Slugs.normalized(expected).equals(Slugs.normalized(draft.rows().get(r).label()))) {
                problems.add(new ImportProblem(draft.key(), r + 2, existing.labelHeader(),
                        "Raden skal være «" + expected + "»."));
            }
        }
        return problems;
    }

    private ReportedTable build(int year, TableDraft printed, ReportedTable existing, Provenance provenance,
            List<ImportProblem> problems) {
        TableDraft draft = withoutMarkup(printed);
        List<TableColumn> columns = existing != null ? existing.columns() : inferColumns(draft, printed);
        List<String> rowKeys = existing != null
                ? existing.rows().stream().map(TableRow::key).toList()
                : Slugs.unique(draft.rows().stream().map(DraftRow::label).toList(), "rad");
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < draft.rows().size(); r++) {
            DraftRow row = draft.rows().get(r);
            String kind = existing != null ? existing.rows().get(r).kind() : row.kind();
            boolean valueRow = !"note".equals(kind) && !"heading".equals(kind);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String text = c < row.cells().size() ? row.cells().get(c) : "";
                Parsed parsed = PrintedNumbers.parse(Markup.withoutFootnoteMarks(text));
                if (valueRow && columns.get(c).type() == ColumnType.NUMBER && !parsed.isNumber() && !parsed.isMissing()) {
                    problems.add(new ImportProblem(draft.key(), r + 2, columns.get(c).label(), parsed.problem()));
                }
                cells.add(cell(text, parsed, existing != null ? existing.unit() : draft.unit()));
            }
            String area = existing != null ? existing.rows().get(r).area() : placement.rowArea(draft, row.label());
            rows.add(new TableRow(rowKeys.get(r), row.label(), kind, area, List.copyOf(cells)));
        }
        TableDraft shape = existing == null ? draft : asDraft(existing);
        return new ReportedTable(ReportedTable.idOf(year, draft.key()), year, draft.key(), shape.order(), shape.chapter(),
                shape.number(), shape.caption(), shape.unit(), shape.signConvention(),
                existing != null ? existing.section() : placement.section(draft), shape.areas(), shape.labelHeader(),
                columns, shape.headerRows(), List.copyOf(rows), provenance, Map.of(),
                existing == null ? null : existing.version());
    }

    private static Cell cell(String text, Parsed parsed, String tableUnit) {
        String unit = parsed.unit() != null ? parsed.unit() : tableUnit;
        BigDecimal value = parsed.isNumber() ? parsed.value() : null;
        return new Cell(value, text, unit, parsed.reason());
    }

    /**
     * The printed texts without typographic markup: a transcription keeps the print's bold totals as
     * {@code <b>11 375</b>}; the number is 11 375 and the emphasis is the row's kind.
     */
    private static TableDraft withoutMarkup(TableDraft draft) {
        List<DraftRow> rows = draft.rows().stream()
                .map(r -> new DraftRow(Markup.strip(r.label()), r.kind(), r.cells().stream().map(Markup::strip).toList()))
                .toList();
        return new TableDraft(draft.key(), draft.order(), draft.chapter(), draft.number(), draft.caption(), draft.unit(),
                draft.signConvention(), draft.areas(), Markup.strip(draft.labelHeader()),
                draft.columnLabels().stream().map(Markup::strip).toList(), draft.headerRows(), rows);
    }

    /** Column types from the values; keys from the printed top header row, so they stay stable. */
    private static List<TableColumn> inferColumns(TableDraft draft, TableDraft printed) {
        List<String> topLabels = printed.headerRows().isEmpty() ? draft.columnLabels()
                : printed.headerRows().get(0).subList(1, printed.headerRows().get(0).size()).stream().map(Markup::strip).toList();
        List<String> keys = Slugs.unique(topLabels, "kolonne");
        List<TableColumn> columns = new ArrayList<>();
        for (int c = 0; c < draft.columnLabels().size(); c++) {
            final int column = c;
            boolean numeric = draft.rows().stream()
                    .filter(row -> !"note".equals(row.kind()) && !"heading".equals(row.kind()))
                    .map(row -> column < row.cells().size() ? row.cells().get(column) : "")
                    .map(text -> PrintedNumbers.parse(Markup.withoutFootnoteMarks(text)))
                    .allMatch(p -> p.isNumber() || p.isMissing());
            columns.add(new TableColumn(keys.get(c), draft.columnLabels().get(c), numeric ? ColumnType.NUMBER : ColumnType.TEXT));
        }
        return List.copyOf(columns);
    }

    private static TableDraft asDraft(ReportedTable t) {
        return new TableDraft(t.key(), t.order(), t.chapter(), t.number(), t.caption(), t.unit(), t.signConvention(),
                t.areas(), t.labelHeader(), t.columns().stream().map(TableColumn::label).toList(), t.headerRows(), List.of());
    }
}
