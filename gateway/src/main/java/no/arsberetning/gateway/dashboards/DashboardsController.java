package no.arsberetning.gateway.dashboards;

import no.arsberetning.gateway.reports.ComposedVersions;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** {@code GET /api/dashboards/{year}}: the overview staff see first, kept per composite version with its {@code ETag}. */
@RestController
class DashboardsController {

    private final Dashboards dashboards;
    private final ComposedVersions versions;

    DashboardsController(Dashboards dashboards, ComposedVersions versions) {
        this.dashboards = dashboards;
        this.versions = versions;
    }

    @GetMapping("/api/dashboards/{year}")
    Mono<ResponseEntity<Dashboard>> dashboard(@PathVariable int year, ServerWebExchange exchange) {
        return versions.answer(exchange, "dashboard", year, version -> dashboards.of(year).map(ResponseEntity::ok));
    }
}
