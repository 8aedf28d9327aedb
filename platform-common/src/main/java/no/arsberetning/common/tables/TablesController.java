package no.arsberetning.common.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.arsberetning.common.imports.Sheet;
import no.arsberetning.common.imports.TabularFiles;
import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.workflow.SectionWorkflow;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A service's tables over HTTP ({@code <prefix>/{year}/tables}): read with ETag, change a cell with
 * If-Match, export as CSV or XLSX, download the pre-filled template, import a filled-in file.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}")
class TablesController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TableStore tables;
    private final TableImports imports;
    private final SectionWorkflow workflow;
    private final WritePolicy policy;

    TablesController(TableStore tables, TableImports imports, SectionWorkflow workflow, WritePolicy policy) {
        this.tables = tables;
        this.imports = imports;
        this.workflow = workflow;
        this.policy = policy;
    }

    @GetMapping("/tables")
    List<TableSummary> list(@PathVariable int year) {
        return tables.all(year).stream().map(TableSummary::of).toList();
    }

    @GetMapping("/tables/{key}")
    ResponseEntity<ReportedTable> table(@PathVariable int year, @PathVariable String key) {
        ReportedTable table = tables.get(year, key);
        return ResponseEntity.ok().eTag(ETags.of(table.version())).body(table);
    }

    @PatchMapping("/tables/{key}/cells")
    ResponseEntity<ReportedTable> setCell(@PathVariable int year, @PathVariable String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CellEdit edit, Authentication who) {
        ReportedTable table = tables.get(year, key);
        TableRow row = table.rows().get(table.rowIndex(edit.row()));
        TableColumn column = table.columns().get(table.columnIndex(edit.column()));
        if (!policy.mayWriteCell(who, table, row, column)) {
            throw new AccessDeniedException("Du kan ikke endre «" + column.label() + "» for «" + row.label() + "».");
        }
        ETags.requireMatch(ifMatch, table.version());
        workflow.requireEditable(year, table.section());
        ReportedTable changed = tables.setCell(table, row.key(), column.key(), edit.text(), who.getName());
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(changed);
    }

    @GetMapping("/tables/{key}.csv")
    ResponseEntity<byte[]> csv(@PathVariable int year, @PathVariable String key) {
        return file(key + ".csv", CSV, TabularFiles.writeCsv(TableSheets.toSheet(tables.get(year, key))));
    }

    @GetMapping("/tables/{key}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year, @PathVariable String key) {
        return file(key + ".xlsx", XLSX, TabularFiles.writeXlsx(List.of(TableSheets.toSheet(tables.get(year, key)))));
    }

    /** Every table of the year (or those named), pre-filled with the current values: the import template. */
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable int year, @RequestParam(required = false) List<String> tables) {
        List<Sheet> sheets = new ArrayList<>();
        for (ReportedTable table : this.tables.all(year)) {
            if (tables == null || tables.contains(table.key())) {
                sheets.add(TableSheets.toSheet(table));
            }
        }
        if (tables != null) {
            List<String> unknown = tables.stream().filter(key -> sheets.stream().noneMatch(s -> s.name().equals(key))).toList();
            if (!unknown.isEmpty()) {
                throw new NoSuchElementException("Ukjent tabell for " + year + ": " + String.join(", ", unknown) + ".");
            }
        }
        if (sheets.isEmpty()) {
            throw new NoSuchElementException("Ingen tabeller for " + year + ".");
        }
        return file("mal-" + year + ".xlsx", XLSX, TabularFiles.writeXlsx(sheets));
    }

    /**
     * Imports a filled-in template (.xlsx, any of its sheets) or one table as .csv (named by {@code table}
     * or by the file name). All or nothing: any error, and nothing changes.
     */
    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TableImports.ImportSummary importFile(@PathVariable int year, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String table, Authentication who) throws IOException {
        String name = Objects.requireNonNullElse(file.getOriginalFilename(), "opplasting");
        return imports.importFile(year, name, file.getBytes(), table, who);
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(content);
    }

    record CellEdit(@NotBlank(message = "Oppgi raden.") String row, @NotBlank(message = "Oppgi kolonnen.") String column,
            @NotNull(message = "Oppgi teksten (tom tekst betyr «ikke rapportert»).") @Size(max = 4000) String text) {
    }

    record TableSummary(String key, String number, String caption, String chapter, String section, long version,
            String source) {

        static TableSummary of(ReportedTable t) {
            return new TableSummary(t.key(), t.number(), t.caption(), t.chapter(), t.section(), t.version(),
                    t.provenance() == null ? null : t.provenance().source());
        }
    }
}
