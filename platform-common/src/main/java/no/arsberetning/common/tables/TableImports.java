package no.arsberetning.common.tables;

import no.arsberetning.common.Sha256;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFile;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.workflow.SectionWorkflow;
import no.arsberetning.common.workflow.WorkflowConflictException;

import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.common.security.Roles;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A person's file import: read the file, check that every cell it changes is one the person may change
 * in a section that is open for changes, then hand it to the {@link TableImporter}.
 */
public class TableImports {

    private final TableStore tables;
    private final TableImporter importer;
    private final SectionWorkflow workflow;
    private final WritePolicy policy;
    private final Clock clock;

    public TableImports(TableStore tables, TableImporter importer, SectionWorkflow workflow, WritePolicy policy, Clock clock) {
        this.tables = tables;
        this.importer = importer;
        this.workflow = workflow;
        this.policy = policy;
        this.clock = clock;
    }

    public ImportSummary importFile(int year, String fileName, byte[] content, String tableKey, Authentication who) {
        if (!mayImport(who)) {
            throw new AccessDeniedException("Bare rapportører og kontrollere kan importere tabeller.");
        }
        TabularFile file = TabularFiles.readFile(fileName, content);
        List<Sheet> sheets = file.sheets();
        List<TableDraft> drafts = new ArrayList<>();
        for (Sheet sheet : sheets) {
            Sheet named = tableKey != null && sheets.size() == 1 ? new Sheet(tableKey, sheet.rows()) : sheet;
            drafts.add(TableSheets.toDraft(named));
        }
        Map<String, ReportedTable> known = new HashMap<>();
        tables.all(year).forEach(t -> known.put(t.key(), t));
        List<ImportProblem> forbidden = new ArrayList<>();
        Set<String> changedTables = new LinkedHashSet<>();
        int changedCells = 0;
        for (TableDraft draft : drafts) {
            int changes = checkChanges(known.get(draft.key()), draft, who, forbidden);
            if (changes > 0) {
                changedTables.add(draft.key());
            }
            changedCells += changes;
        }
        if (!forbidden.isEmpty()) {
            throw new ImportRejectedException(forbidden, ImportRejectedException.Reason.FORBIDDEN);
        }
        for (String key : changedTables) {
            if (known.containsKey(key)) {
                try {
                    workflow.requireEditable(year, known.get(key).section());
                } catch (WorkflowConflictException locked) {
                    throw new ImportRejectedException(List.of(new ImportProblem(key, null, null, locked.getMessage())),
                            ImportRejectedException.Reason.LOCKED);
                }
            }
        }
        Provenance provenance = new Provenance("file-import", fileName, Sha256.of(content), who.getName(), clock.instant());
        List<TableDraft> changed = drafts.stream().filter(d -> changedTables.contains(d.key())).toList();
        if (!changed.isEmpty()) {
            importer.importTables(year, changed, provenance, false, known::get);
        }
        return new ImportSummary(fileName, provenance.fileSha256(), file.encodingLabel(), List.copyOf(changedTables),
                changedCells, drafts.size() - changed.size());
    }

    /** Only those who may write some cells (reporters, controllers) import at all, even a file that changes nothing. */
    private static boolean mayImport(Authentication who) {
        return who != null && who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(KeycloakAuthorities.ROLE_PREFIX + Roles.CONTROLLER)
                        || a.equals(KeycloakAuthorities.ROLE_PREFIX + Roles.REPORTER));
    }

    /** Counts the cells a draft changes, adding a problem for each the person may not change. */
    private int checkChanges(ReportedTable table, TableDraft draft, Authentication who, List<ImportProblem> forbidden) {
        if (table == null) {
            return 1;
        }
        int changes = 0;
        for (int r = 0; r < Math.min(draft.rows().size(), table.rows().size()); r++) {
            TableRow row = table.rows().get(r);
            List<String> cells = draft.rows().get(r).cells();
            for (int c = 0; c < table.columns().size(); c++) {
                String text = c < cells.size() ? cells.get(c) : "";
                if (!Slugs.normalized(text).equals(Slugs.normalized(row.cells().get(c).text()))) {
                    changes++;
                    if (!policy.mayWriteCell(who, table, row, table.columns().get(c))) {
                        forbidden.add(new ImportProblem(draft.key(), r + 2, table.columns().get(c).label(),
                                "Du har ikke tilgang til å endre denne cellen («" + row.label() + "»)."));
                    }
                }
            }
        }
        return changes == 0 && !sameStructure(table, draft) ? 1 : changes;
    }

    /** Headers and row labels as the table has them; a file that differs goes to the importer, which says how. */
    private static boolean sameStructure(ReportedTable table, TableDraft draft) {
        if (draft.rows().size() != table.rows().size() || draft.columnLabels().size() != table.columns().size()) {
            return false;
        }
        for (int c = 0; c < table.columns().size(); c++) {
            if (!Slugs.normalized(table.columns().get(c).label()).equals(Slugs.normalized(draft.columnLabels().get(c)))) {
                return false;
            }
        }
        for (int r = 0; r < table.rows().size(); r++) {
            if (!Slugs.normalized(table.rows().get(r).label()).equals(Slugs.normalized(draft.rows().get(r).label()))) {
                return false;
            }
        }
        return true;
    }


    /**
     * What an import did: the file, its hash, the text encoding a CSV file was read in ({@code "UTF-8"},
     * {@code "UTF-8 med BOM"}, {@code "Windows-1252"}; null for Excel and JSON-stat), the tables it changed and
     * how many cells.
     */
    public record ImportSummary(String fileName, String sha256, String encoding, List<String> tablesChanged,
            int cellsChanged, int tablesUnchanged) {
    }
}
