package no.arsberetning.gateway.reports;

import java.util.List;

import no.arsberetning.common.report.Finding;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/{year}} (all chapters in the printed order) and its checks (brief § 9). */
@RestController
class ReportsController {

    private final ParallelReportComposer composer;

    ReportsController(ParallelReportComposer composer) {
        this.composer = composer;
    }

    /** The {@link ComposedReport} as JSON, written with the services' chapters passed through (see {@link ParallelReportComposer#composeJson}). */
    @GetMapping("/api/reports/{year}")
    Mono<ResponseEntity<Flux<DataBuffer>>> report(@PathVariable int year, ServerHttpResponse response) {
        return composer.composeJson(year).map(json -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .contentLength(json.length())
                .body(Flux.fromIterable(json.pieces()).map(piece -> response.bufferFactory().wrap(piece.slice()))));
    }

    @GetMapping("/api/reports/{year}/checks")
    Mono<List<Finding>> checks(@PathVariable int year) {
        return composer.findings(year);
    }
}
