package no.arsberetning.gateway.releases;

import no.arsberetning.gateway.reports.ComposedReport;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/published/{year}[/{release}]}: the only thing the committee and the committee portal read —
 * the newest complete release by default, as JSON.
 */
@RestController
class PublishedController {

    private final PublishedReports published;

    PublishedController(PublishedReports published) {
        this.published = published;
    }

    @GetMapping("/api/published/{year}")
    Mono<ComposedReport> latest(@PathVariable int year) {
        return published.latest(year);
    }

    @GetMapping("/api/published/{year}/{release}")
    Mono<ComposedReport> release(@PathVariable int year, @PathVariable int release) {
        return published.release(year, release);
    }
}
