package no.arsberetning.gateway.releases;

import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.document.ReportDocuments;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/published/{year}[/{release}]}: the only thing the committee and the committee portal read —
 * the newest complete release by default — as JSON, and as the accessible HTML document and the PDF.
 */
@RestController
class PublishedController {

    private final PublishedReports published;
    private final ReportDocuments documents;

    PublishedController(PublishedReports published, ReportDocuments documents) {
        this.published = published;
        this.documents = documents;
    }

    @GetMapping("/api/published/{year}")
    Mono<ComposedReport> latest(@PathVariable int year) {
        return published.latest(year);
    }

    @GetMapping("/api/published/{year}/{release}")
    Mono<ComposedReport> release(@PathVariable int year, @PathVariable int release) {
        return published.release(year, release);
    }

    @GetMapping("/api/published/{year}/html")
    Mono<ResponseEntity<String>> latestHtml(@PathVariable int year) {
        return documents.htmlResponse(published.latest(year));
    }

    @GetMapping("/api/published/{year}/pdf")
    Mono<ResponseEntity<byte[]>> latestPdf(@PathVariable int year) {
        return documents.pdfResponse(published.latest(year));
    }

    @GetMapping("/api/published/{year}/{release}/html")
    Mono<ResponseEntity<String>> releaseHtml(@PathVariable int year, @PathVariable int release) {
        return documents.htmlResponse(published.release(year, release));
    }

    @GetMapping("/api/published/{year}/{release}/pdf")
    Mono<ResponseEntity<byte[]>> releasePdf(@PathVariable int year, @PathVariable int release) {
        return documents.pdfResponse(published.release(year, release));
    }
}
