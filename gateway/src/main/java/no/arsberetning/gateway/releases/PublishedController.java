package no.arsberetning.gateway.releases;

import no.arsberetning.gateway.reports.ComposedReport;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code /api/published/{year}[/{release}]}: the only thing the committee and the committee portal read —
 * the newest complete release by default — as JSON, and as the accessible HTML document and the PDF; each kept with
 * a strong {@code ETag} and answered {@code 304} to a reader that has it ({@link ReleaseAnswers}).
 */
@RestController
class PublishedController {

    private final PublishedReports published;
    private final ReleaseAnswers answers;

    PublishedController(PublishedReports published, ReleaseAnswers answers) {
        this.published = published;
        this.answers = answers;
    }

    @GetMapping("/api/published/{year}")
    Mono<ResponseEntity<ComposedReport>> latest(@PathVariable int year, ServerWebExchange exchange) {
        return published.newest(year).flatMap(release -> answers.json(exchange, release));
    }

    @GetMapping("/api/published/{year}/{release}")
    Mono<ResponseEntity<ComposedReport>> release(@PathVariable int year, @PathVariable int release, ServerWebExchange exchange) {
        return published.numbered(year, release).flatMap(found -> answers.json(exchange, found));
    }

    @GetMapping("/api/published/{year}/html")
    Mono<ResponseEntity<byte[]>> latestHtml(@PathVariable int year, ServerWebExchange exchange) {
        return published.newest(year).flatMap(release -> answers.html(exchange, release));
    }

    @GetMapping("/api/published/{year}/pdf")
    Mono<ResponseEntity<byte[]>> latestPdf(@PathVariable int year, ServerWebExchange exchange) {
        return published.newest(year).flatMap(release -> answers.pdf(exchange, release));
    }

    @GetMapping("/api/published/{year}/{release}/html")
    Mono<ResponseEntity<byte[]>> releaseHtml(@PathVariable int year, @PathVariable int release, ServerWebExchange exchange) {
        return published.numbered(year, release).flatMap(found -> answers.html(exchange, found));
    }

    @GetMapping("/api/published/{year}/{release}/pdf")
    Mono<ResponseEntity<byte[]>> releasePdf(@PathVariable int year, @PathVariable int release, ServerWebExchange exchange) {
        return published.numbered(year, release).flatMap(found -> answers.pdf(exchange, found));
    }
}
