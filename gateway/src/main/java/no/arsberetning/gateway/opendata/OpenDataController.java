package no.arsberetning.gateway.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.NoSuchElementException;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data (docs/open-data.md): every table of a published release ({@code /api/published/...}, the
 * committee and readers) and of the current data ({@code /api/reports/...}, readers only; the security
 * configuration's path rules decide who) as CSV, XLSX and JSON-stat 2.0, with an index of each release's
 * tables, their download links and the SHA-256 of every file.
 */
@RestController
class OpenDataController {

    private static final CacheControl RELEASE_CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final OpenDataTables tables;

    OpenDataController(OpenDataTables tables) {
        this.tables = tables;
    }

    /** The newest release's tables; the links name that release's number. */
    @GetMapping("/api/published/{year}/tables")
    Mono<TableIndex> latestIndex(@PathVariable int year) {
        return tables.latestRelease(year).map(TableIndex::ofRelease);
    }

    @GetMapping("/api/published/{year}/{release}/tables")
    Mono<TableIndex> releaseIndex(@PathVariable int year, @PathVariable int release) {
        return tables.release(year, release).map(TableIndex::ofRelease);
    }

    @GetMapping("/api/published/{year}/{release}/tables/{file}")
    Mono<ResponseEntity<byte[]>> releaseFile(@PathVariable int year, @PathVariable int release, @PathVariable String file) {
        FileName name = FileName.parse(file);
        return tables.release(year, release)
                .map(files -> download(files.file(name.id(), name.format()), name.format(), RELEASE_CACHE));
    }

    @GetMapping("/api/reports/{year}/tables")
    Mono<TableIndex> currentIndex(@PathVariable int year) {
        return tables.current(year).publishOn(Schedulers.boundedElastic()).map(TableIndex::ofCurrent);
    }

    @GetMapping("/api/reports/{year}/tables/{file}")
    Mono<ResponseEntity<byte[]>> currentFile(@PathVariable int year, @PathVariable String file) {
        FileName name = FileName.parse(file);
        return tables.current(year).publishOn(Schedulers.boundedElastic())
                .map(set -> download(set.render(set.table(name.id()), name.format()), name.format(), CacheControl.noCache()));
    }

    private static ResponseEntity<byte[]> download(TableSet.Rendered file, TableFormat format, CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + file.sha256() + "\"")
                .cacheControl(cache)
                .body(file.content());
    }

    /** {@code 1.1.csv} → table {@code 1.1}, format CSV; {@code 1.1.csv-metadata.json} → table 1.1, its CSV's metadata. */
    record FileName(String id, TableFormat format) {

        static FileName parse(String file) {
            int dot = file.lastIndexOf('.');
            if (dot <= 0) {
                throw new NoSuchElementException("«" + file + "» er ingen nedlasting: bruk tabell.csv, tabell.xlsx, tabell.json "
                        + "eller tabell.csv-metadata.json.");
            }
            TableFormat format = TableFormat.ofFileName(file).orElseThrow(() -> new NoSuchElementException(
                    "Formatet «" + file.substring(dot + 1) + "» finnes ikke: bruk .csv, .xlsx, .json (JSON-stat 2.0) eller "
                            + ".csv-metadata.json (CSV on the Web)."));
            return new FileName(file.substring(0, file.length() - format.extension().length() - 1), format);
        }
    }
}
