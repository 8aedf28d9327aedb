package no.arsberetning.gateway.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

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
 * {@code GET /api/published/series/{table}}: a published table across every year's newest release as one JSON-stat
 * 2.0 dataset with a time dimension ({@link SeriesFiles}); {@code {table}.csv}, {@code .xlsx} and {@code .json} as
 * downloads. The table's id is open data's ({@code /api/published/{year}/tables}): its printed number where unique.
 * Read by everyone who reads published releases, the committee included.
 */
@RestController
class SeriesController {

    private final TableSeries series;

    SeriesController(TableSeries series) {
        this.series = series;
    }

    @GetMapping("/api/published/series/{file}")
    Mono<ResponseEntity<byte[]>> series(@PathVariable String file) {
        TableFormat format = format(file).orElse(TableFormat.JSON_STAT);
        String id = format(file).isPresent() ? file.substring(0, file.lastIndexOf('.')) : file;
        return series.of(id).publishOn(Schedulers.boundedElastic()).map(s -> {
            ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(format.mediaType())
                    .cacheControl(CacheControl.noCache());
            if (format(file).isPresent()) {
                answer.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(SeriesFiles.fileName(s, format), StandardCharsets.UTF_8).build().toString());
            }
            return answer.body(SeriesFiles.render(s, format));
        });
    }

    /** The format a file name asks for by its extension ({@code 1.1.csv}); none for a bare id ({@code 1.1}). */
    private static Optional<TableFormat> format(String file) {
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? Optional.empty() : TableFormat.ofExtension(file.substring(dot + 1));
    }
}
