package no.arsberetning.servicesgoals.keyfigures;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import no.arsberetning.common.tables.WritePolicy;
import no.arsberetning.common.Sha256;
import no.arsberetning.servicesgoals.areas.AreaRegister;
import no.arsberetning.servicesgoals.web.InvalidFieldsException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Key figures ({@code GET /{year}/key-figures?area=&table=&entity=&period=}) and the import of Statistics
 * Norway's PxWebApi v2 output ({@code POST /{year}/key-figures/imports/json-stat}, controllers only).
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/key-figures")
class KeyFiguresController {

    private final KeyFigures figures;
    private final KeyFigureImports imports;
    private final AreaRegister register;

    KeyFiguresController(KeyFigures figures, KeyFigureImports imports, AreaRegister register) {
        this.figures = figures;
        this.imports = imports;
        this.register = register;
    }

    @GetMapping
    List<KeyFigure> keyFigures(@PathVariable int year, @RequestParam(required = false) String area,
            @RequestParam(required = false) String table, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String period) {
        String code = area == null ? null : area(area);
        return figures.all(year).stream()
                .filter(f -> code == null || code.equals(f.area()))
                .filter(f -> table == null || table.equals(f.origin().table()))
                .filter(f -> entity == null || entity.equalsIgnoreCase(f.entity()))
                .filter(f -> period == null || period.equals(f.period()))
                .toList();
    }

    @GetMapping("/imports")
    List<ImportSummary> importsOf(@PathVariable int year) {
        return imports.all(year).stream().map(ImportSummary::of).toList();
    }

    /** Imports a JSON-stat 2.0 file (multipart {@code file}), optionally for one area (code, name or alias). */
    @PostMapping(path = "/imports/json-stat", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ImportSummary importJsonStat(@PathVariable int year, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String area, Authentication who) throws IOException {
        if (!WritePolicy.isController(who)) {
            throw new AccessDeniedException("Bare en kontroller kan importere nøkkeltall.");
        }
        String code = area == null ? null : area(area);
        byte[] content = file.getBytes();
        if (content.length == 0) {
            throw InvalidFieldsException.of("file", "Filen er tom.");
        }
        String name = Objects.requireNonNullElse(file.getOriginalFilename(), "opplasting.json");
        return ImportSummary.of(imports.importJsonStat(year, code, name, Sha256.of(content), content, who.getName()));
    }

    private String area(String name) {
        return register.index().resolve(name)
                .orElseThrow(() -> InvalidFieldsException.of("area", "Ukjent tjenesteområde «" + name + "»."));
    }


    /** What an import holds, without its values. */
    record ImportSummary(String id, String fileName, String sha256, String label, String source, String sourceTable,
            Instant retrievedAt, String retrievedFrom, List<KeyFigureImport.DimensionInfo> dimensions, int values,
            long preliminary, long missing, String area, String importedBy, Instant importedAt) {

        static ImportSummary of(KeyFigureImport i) {
            return new ImportSummary(i.id(), i.provenance().fileName(), i.provenance().fileSha256(), i.label(), i.source(),
                    i.sourceTable(), i.retrievedAt(), i.retrievedFrom(), i.dimensions(), i.values().size(),
                    i.values().stream().filter(KeyFigureImport.ImportedValue::preliminary).count(),
                    i.values().stream().filter(v -> v.value() == null).count(), i.area(), i.provenance().by(),
                    i.provenance().at());
        }
    }
}
