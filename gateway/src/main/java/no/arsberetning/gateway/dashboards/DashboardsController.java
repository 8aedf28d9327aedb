package no.arsberetning.gateway.dashboards;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/dashboards/{year}}: the overview staff see first. */
@RestController
class DashboardsController {

    private final Dashboards dashboards;

    DashboardsController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/dashboards/{year}")
    Mono<Dashboard> dashboard(@PathVariable int year) {
        return dashboards.of(year);
    }
}
