package no.arsberetning.gateway.reports;

import java.util.List;

import no.arsberetning.common.report.Finding;
import reactor.core.publisher.Mono;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/reports/{year}} (all chapters in the printed order, kept per composite version with its
 * {@code ETag}, {@link ComposedVersions}, and sent as the JSON kept, {@link JsonAnswers}) and its checks (brief § 9),
 * kept the same way.
 */
@RestController
class ReportsController {

    private final ParallelReportComposer composer;
    private final ComposedVersions versions;
    private final JsonAnswers answers;

    ReportsController(ParallelReportComposer composer, ComposedVersions versions, JsonAnswers answers) {
        this.composer = composer;
        this.versions = versions;
        this.answers = answers;
    }

    @GetMapping("/api/reports/{year}")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ComposedReport.class)))
    Mono<ResponseEntity<byte[]>> report(@PathVariable int year, ServerWebExchange exchange) {
        return versions.answer(exchange, "report", year, version -> composer.compose(year, false).map(answers::ok));
    }

    /** Kept per composite version like the report: the services' findings and the cross-service rules. */
    @GetMapping("/api/reports/{year}/checks")
    Mono<ResponseEntity<List<Finding>>> checks(@PathVariable int year, ServerWebExchange exchange) {
        return versions.answer(exchange, "checks", year, version -> composer.findings(year).map(ResponseEntity::ok));
    }
}
