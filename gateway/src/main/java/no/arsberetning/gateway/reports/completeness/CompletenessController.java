package no.arsberetning.gateway.reports.completeness;

import no.arsberetning.gateway.reports.ReportComposer;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/{year}/completeness}: the statutory checklist held against the working report
 * (readers: staff, reporter, controller, admin — as every composed path).
 */
@RestController
class CompletenessController {

    private final ReportComposer composer;

    CompletenessController(ReportComposer composer) {
        this.composer = composer;
    }

    @GetMapping("/api/reports/{year}/completeness")
    Mono<Completeness> completeness(@PathVariable int year) {
        return composer.compose(year, false).map(report -> CompletenessEvaluator.evaluate(Checklist.standard(), report));
    }
}
