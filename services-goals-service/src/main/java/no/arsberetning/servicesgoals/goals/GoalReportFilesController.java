package no.arsberetning.servicesgoals.goals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import no.arsberetning.common.imports.TabularFiles;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An area's goal report as a spreadsheet: {@code GET /{year}/goals/report.xlsx?area=} (pre-filled, to fill
 * in) and {@code POST /{year}/goals/imports?area=} (the filled-in file back). {@code area} may be the code,
 * the name or any alias; a reporter may only import for an area of the token.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/goals")
class GoalReportFilesController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final GoalImports imports;

    GoalReportFilesController(GoalImports imports) {
        this.imports = imports;
    }

    @GetMapping("/report.xlsx")
    ResponseEntity<byte[]> sheet(@PathVariable int year, @RequestParam String area) {
        String code = imports.area(area);
        byte[] file = TabularFiles.writeXlsx(List.of(GoalSheets.toSheet(imports.goalsOf(year, code))));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mal-" + code + "-" + year + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX)
                .body(file);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    GoalImports.Summary importFile(@PathVariable int year, @RequestParam String area,
            @RequestParam("file") MultipartFile file, Authentication who) throws IOException {
        String name = Objects.requireNonNullElse(file.getOriginalFilename(), "opplasting.xlsx");
        return imports.importFile(year, area, name, file.getBytes(), who);
    }
}
