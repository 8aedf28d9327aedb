package no.arsberetning.keyfigures.tables;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /table-fills} {@code {"table": <JSON-stat table>, "rows": {row id or label: measure}, "columns": {column
 * key or label: {"region"|"group", "year", "statistic"}}}} → the table with the mapped cells filled from the store,
 * ready to import into the report ({@code POST /api/<svc>/{year}/imports}), and a report per cell. For reporters,
 * controllers and admins (those who import tables).
 */
@RestController
@RequestMapping("${arsberetning.key-figures.api-prefix}/table-fills")
class TableFillController {

    private final TableFills fills;

    TableFillController(TableFills fills) {
        this.fills = fills;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('reporter', 'controller', 'admin')")
    FillResult fill(@Valid @RequestBody FillRequest request) {
        TableFills.Filled filled = fills.fill(request.table(), request.rows(), request.columns());
        return new FillResult(filled.table(), filled.cells().stream().filter(c -> c.problem() == null).count(), filled.cells());
    }

    record FillRequest(@NotNull(message = "Oppgi tabellen (JSON-stat).") JsonNode table,
            @NotNull(message = "Oppgi hvilke rader som er hvilke nøkkeltall (radens id eller tekst → nøkkeltallets kode).") Map<String, String> rows,
            Map<String, TableFills.ColumnSource> columns) {
    }

    /** The filled table (JSON-stat, importable as it is), how many cells were filled, and every cell tried. */
    record FillResult(ObjectNode table, long filled, List<TableFills.CellReport> cells) {
    }
}
