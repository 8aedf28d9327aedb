package no.arsberetning.keyfigures.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import no.arsberetning.keyfigures.BadInput;
import no.arsberetning.keyfigures.KeyFiguresProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /imports} (multipart {@code file}, a JSON-stat 2.0 file as Statistics Norway's PxWebApi v2 writes it;
 * controllers and admins) → 202 with {@code Location} of the import's progress; {@code GET /imports/{id}} → its
 * state ({@code running}, {@code done}, {@code failed}), values read and written, and errors naming their place in
 * the file; {@code GET /imports} → the latest imports.
 */
@RestController
@RequestMapping("${arsberetning.key-figures.api-prefix}/imports")
class ImportsController {

    private final ImportJobs jobs;
    private final String prefix;

    ImportsController(ImportJobs jobs, KeyFiguresProperties properties) {
        this.jobs = jobs;
        this.prefix = properties.apiPrefix();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('controller', 'admin')")
    ResponseEntity<ImportStatus> start(@RequestParam(name = "file", required = false) MultipartFile file, Authentication who)
            throws IOException {
        if (file == null) {
            throw BadInput.field("file", "Velg en fil å importere (multipart-feltet «file»).");
        }
        if (file.isEmpty()) {
            throw BadInput.field("file", "Filen er tom.");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "opplasting.json" : file.getOriginalFilename();
        ImportRecord record;
        try (InputStream content = file.getInputStream()) {
            record = jobs.start(name, content, who.getName());
        }
        return ResponseEntity.accepted().location(URI.create(prefix + "/imports/" + record.id())).body(ImportStatus.of(record));
    }

    @GetMapping("/{id}")
    ImportStatus status(@PathVariable String id) {
        return jobs.get(id).map(ImportStatus::of)
                .orElseThrow(() -> new NoSuchElementException("Ingen import med id «" + id + "»."));
    }

    @GetMapping
    List<ImportStatus> latest() {
        return jobs.latest(50).stream().map(ImportStatus::of).toList();
    }

    /** What the API says of an import. */
    record ImportStatus(String id, String state, String fileName, String sha256, long bytes, String importedBy, Instant startedAt,
            Instant finishedAt, double progress, long valuesRead, long valuesWritten, Long valuesTotal, long slicesTotal,
            long slicesDone, long slicesUnchanged, String table, String label, String source, Instant updated, List<String> periods,
            Integer measures, String sameAs, List<ImportError> errors) {

        static ImportStatus of(ImportRecord r) {
            return new ImportStatus(r.id(), r.state(), r.fileName(), r.sha256(), r.bytes(), r.by(), r.startedAt(), r.finishedAt(),
                    Math.round(r.progress() * 1000) / 1000.0, r.valuesRead(), r.valuesWritten(), r.valuesTotal(), r.slicesTotal(),
                    r.slicesDone(), r.slicesUnchanged(), r.table(), r.label(), r.source(), r.updated(), r.periods(), r.measures(),
                    r.sameAs(), r.errors());
        }
    }
}
