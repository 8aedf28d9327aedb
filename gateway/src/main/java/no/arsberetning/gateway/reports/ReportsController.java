package no.arsberetning.gateway.reports;

import java.util.List;

import no.arsberetning.common.report.Finding;
import reactor.core.publisher.Mono;

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

    @GetMapping("/api/reports/{year}")
    Mono<ComposedReport> report(@PathVariable int year) {
        return composer.compose(year, false);
    }

    @GetMapping("/api/reports/{year}/checks")
    Mono<List<Finding>> checks(@PathVariable int year) {
        return composer.findings(year);
    }
}
