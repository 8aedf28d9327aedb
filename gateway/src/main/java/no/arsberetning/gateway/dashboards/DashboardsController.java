package no.arsberetning.gateway.dashboards;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.arsberetning.gateway.reports.ComposedVersions;
import no.arsberetning.gateway.reports.JsonAnswers;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/dashboards/{year}}: the overview staff see first, kept per composite version with its {@code ETag}
 * and sent as the JSON kept ({@link JsonAnswers}).
 */
@RestController
class DashboardsController {

    private final Dashboards dashboards;
    private final ComposedVersions versions;
    private final JsonAnswers answers;

    DashboardsController(Dashboards dashboards, ComposedVersions versions, JsonAnswers answers) {
        this.dashboards = dashboards;
        this.versions = versions;
        this.answers = answers;
    }

    @GetMapping("/api/dashboards/{year}")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = Dashboard.class)))
    Mono<ResponseEntity<byte[]>> dashboard(@PathVariable int year, ServerWebExchange exchange) {
        return versions.answer(exchange, "dashboard", year, version -> dashboards.of(year).map(answers::ok));
    }
}
