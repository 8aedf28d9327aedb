package no.arsberetning.servicesgoals.goals;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.locking.Leases;
import no.arsberetning.common.locking.Versioned;
import no.arsberetning.common.problem.Problems.FieldProblem;
import no.arsberetning.common.security.AreaAccess;
import no.arsberetning.common.tables.ImportProblem;
import no.arsberetning.common.tables.ImportRejectedException;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.workflow.SectionWorkflow;
import no.arsberetning.common.workflow.WorkflowConflictException;
import no.arsberetning.common.Sha256;
import no.arsberetning.servicesgoals.areas.AreaRegister;
import no.arsberetning.servicesgoals.areas.AreaSections;
import no.arsberetning.servicesgoals.web.InvalidFieldsException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * An area's goal report imported from a filled-in sheet ({@link GoalSheets}), for one area named in the
 * request (code, name or alias): only that area's reporters and controllers, while its section is open,
 * and only goals of that area. All or nothing: every problem is reported with its row and column, and a
 * file with any problem changes nothing. Applies batches a crash left pending on start.
 */
@Component
class GoalImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GoalImports.class);
    /** Renewed with every goal saved; a batch whose replica died is taken over once it runs out. */
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final Goals goals;
    private final AreaRegister register;
    private final SectionWorkflow workflow;
    private final IndicatorReporting reporting;
    private final MongoOperations mongo;
    private final AuditTrail audit;
    private final Clock clock;
    private final Leases leases;

    GoalImports(Goals goals, AreaRegister register, SectionWorkflow workflow, IndicatorReporting reporting,
            MongoOperations mongo, AuditTrail audit, Clock clock, Leases leases) {
        this.goals = goals;
        this.register = register;
        this.workflow = workflow;
        this.reporting = reporting;
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
        this.leases = leases;
    }

    /** What an import did. */
    record Summary(String fileName, String sha256, String area, List<String> goalsChanged, int indicatorsChanged,
            int assessmentsChanged) {
    }

    String area(String named) {
        return register.index().resolve(named)
                .orElseThrow(() -> InvalidFieldsException.of("area", "Ukjent tjenesteområde «" + named + "»."));
    }

    List<PeriodGoal> goalsOf(int year, String area) {
        return goals.all(year).stream().filter(g -> g.areas().contains(area)).toList();
    }

    Summary importFile(int year, String named, String fileName, byte[] content, Authentication who) {
        String area = area(named);
        AreaAccess.requireWrite(who, area);
        try {
            workflow.requireEditable(year, AreaSections.of(area));
        } catch (WorkflowConflictException closed) {
            throw new ImportRejectedException(List.of(new ImportProblem(GoalSheets.SHEET, null, null, closed.getMessage())),
                    ImportRejectedException.Reason.LOCKED);
        }
        List<Sheet> sheets = TabularFiles.read(fileName, content);
        Sheet sheet = sheets.stream().filter(s -> s.name().equalsIgnoreCase(GoalSheets.SHEET)).findFirst().orElse(sheets.get(0));
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(sheet, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        Map<String, PeriodGoal> byKey = new LinkedHashMap<>();
        goals.all(year).forEach(g -> byKey.put(g.key(), g));
        Map<String, PeriodGoal> changed = new LinkedHashMap<>();
        int[] counts = new int[2];
        for (int r = 1; r < sheet.rows().size(); r++) {
            List<String> row = sheet.rows().get(r);
            String key = cell(row, columns.get(GoalSheets.KEY));
            if (key.isBlank()) {
                continue;
            }
            String[] parts = key.trim().split("/");
            PeriodGoal goal = changed.getOrDefault(parts[0], byKey.get(parts[0]));
            if (goal == null) {
                problems.add(new ImportProblem(sheet.name(), r + 1, GoalSheets.KEY, "Ukjent mål «" + parts[0] + "»."));
                continue;
            }
            if (!goal.areas().contains(area)) {
                problems.add(new ImportProblem(sheet.name(), r + 1, GoalSheets.KEY, "Målet «" + goal.key() + "» gjelder ikke «"
                        + register.index().nameOf(area) + "»."));
                continue;
            }
            PeriodGoal after = parts.length == 1
                    ? assessment(goal, row, columns, counts)
                    : indicator(goal, parts[1], row, columns, sheet.name(), r + 1, problems, counts, who);
            if (after != goal) {
                changed.put(goal.key(), after);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        Provenance provenance = new Provenance("file-import", fileName, Sha256.of(content), who.getName(), clock.instant());
        if (!changed.isEmpty()) {
            GoalImportBatch batch = new GoalImportBatch(UUID.randomUUID().toString(), year, GoalImportBatch.PENDING,
                    provenance, List.copyOf(changed.values()), null);
            leases.claim(work(batch), LEASE);
            apply(batch);
        }
        return new Summary(fileName, provenance.fileSha256(), area, List.copyOf(changed.keySet()), counts[0], counts[1]);
    }

    /** Applies the batches a crash left pending, each by the one replica that takes its lease (see {@link Leases#await}). */
    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        Query pending = Query.query(Criteria.where("state").is(GoalImportBatch.PENDING));
        for (GoalImportBatch batch : mongo.find(pending, GoalImportBatch.class)) {
            Query stillPending = Query.query(Criteria.where("_id").is(batch.id()).and("state").is(GoalImportBatch.PENDING));
            if (!leases.await(work(batch), LEASE, () -> mongo.exists(stillPending, GoalImportBatch.class))) {
                continue;
            }
            try {
                apply(batch);
            } catch (ImportRejectedException conflict) {
                log.warn("En avbrutt målimport ({}) ble ikke fullført: {}", batch.provenance().fileName(), conflict.problems());
            }
        }
    }

    /**
     * Applies a batch (again), all or nothing: every goal is saved only if it still has the version the file
     * was checked against (see {@link Versioned#saveAll}); 409 when someone changed one since.
     */
    private void apply(GoalImportBatch batch) {
        mongo.save(batch);
        try {
            Versioned.saveAll(mongo, batch.goals(), (before, after) -> {
                audit.record(batch.provenance().by(), "import", Goals.ENTITY, after.id(), before, after);
                leases.claim(work(batch), LEASE);
            });
        } catch (Versioned.VersionConflictException changed) {
            finish(batch, GoalImportBatch.CONFLICT);
            throw new ImportRejectedException(List.of(new ImportProblem(GoalSheets.SHEET, null, null, "Målet «"
                    + changed.id() + "» ble endret av noen andre etter at filen ble lest. Importer på nytt.")),
                    ImportRejectedException.Reason.LOCKED);
        }
        finish(batch, GoalImportBatch.APPLIED);
    }

    private void finish(GoalImportBatch batch, String state) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(batch.id())),
                new Update().set("state", state).set("appliedAt", clock.instant()), GoalImportBatch.class);
        leases.done(work(batch));
    }

    private static String work(GoalImportBatch batch) {
        return "goal-import:" + batch.id();
    }

    private PeriodGoal assessment(PeriodGoal goal, List<String> row, Map<String, Integer> columns, int[] counts) {
        String text = cell(row, columns.get(GoalSheets.ASSESSMENT));
        if (GoalSheets.same(text, goal.assessment())) {
            return goal;
        }
        counts[1]++;
        return goal.withAssessment(text.isBlank() ? null : text);
    }

    private PeriodGoal indicator(PeriodGoal goal, String index, List<String> row, Map<String, Integer> columns,
            String sheet, int rowNumber, List<ImportProblem> problems, int[] counts, Authentication who) {
        IndicatorEntry current;
        try {
            current = IndicatorReporting.indicator(goal, Integer.parseInt(index.trim()));
        } catch (RuntimeException unknown) {
            problems.add(new ImportProblem(sheet, rowNumber, GoalSheets.KEY, "Målet «" + goal.key() + "» har ingen indikator «"
                    + index + "»."));
            return goal;
        }
        String result = cell(row, columns.get(GoalSheets.RESULT));
        String status = cell(row, columns.get(GoalSheets.STATUS));
        String comment = cell(row, columns.get(GoalSheets.COMMENT));
        IndicatorReport report = new IndicatorReport(null,
                GoalSheets.same(result, current.result() == null ? null : current.result().printed()) ? null : result, null,
                null, GoalSheets.same(status, GoalSheets.status(current)) ? null : status,
                GoalSheets.same(comment, current.comment()) ? null : comment);
        if (report.isEmpty()) {
            return goal;
        }
        try {
            IndicatorEntry after = reporting.apply(goal, current, report, who);
            counts[0]++;
            return goal.withIndicator(after);
        } catch (InvalidFieldsException invalid) {
            for (FieldProblem p : invalid.problems()) {
                String column = p.field().startsWith("status") ? GoalSheets.STATUS
                        : p.field().equals("comment") ? GoalSheets.COMMENT : GoalSheets.RESULT;
                problems.add(new ImportProblem(sheet, rowNumber, column, p.message()));
            }
            return goal;
        }
    }

    private static Map<String, Integer> columns(Sheet sheet, List<ImportProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = sheet.header();
        for (String wanted : List.of(GoalSheets.KEY, GoalSheets.RESULT, GoalSheets.STATUS, GoalSheets.COMMENT, GoalSheets.ASSESSMENT)) {
            int index = -1;
            for (int c = 0; c < header.size(); c++) {
                if (GoalSheets.same(header.get(c), wanted)) {
                    index = c;
                }
            }
            if (index < 0) {
                problems.add(new ImportProblem(sheet.name(), 1, wanted, "Kolonnen «" + wanted + "» mangler. Bruk malen."));
            }
            columns.put(wanted, index);
        }
        return columns;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }
}
