package no.arsberetning.gateway.reports;

import java.util.List;

import no.arsberetning.common.report.Finding;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/reports/{year}} (all chapters in the printed order, kept per composite version with its
 * {@code ETag}, {@link ComposedVersions}) and its checks (brief § 9), kept the same way.
 */
@RestController
class ReportsController {

    private final ParallelReportComposer composer;
    private final ComposedVersions versions;

    ReportsController(ParallelReportComposer composer, ComposedVersions versions) {
        this.composer = composer;
        this.versions = versions;
    }

    @GetMapping("/api/reports/{year}")
    Mono<ResponseEntity<ComposedReport>> report(@PathVariable int year, ServerWebExchange exchange) {
        return versions.answer(exchange, "report", year, version -> composer.compose(year, false).map(ResponseEntity::ok));
    }

    /** Kept per composite version like the report: the services' findings and the cross-service rules. */
    @GetMapping("/api/reports/{year}/checks")
    Mono<ResponseEntity<List<Finding>>> checks(@PathVariable int year, ServerWebExchange exchange) {
        return versions.answer(exchange, "checks", year, version -> composer.findings(year).map(ResponseEntity::ok));
    }
}
