package no.arsberetning.gateway.reports.document;

import no.arsberetning.gateway.reports.ReportComposer;
import no.arsberetning.gateway.reports.provenance.FirstReleaseAnnotator;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * {@code GET /reports/{year}}: the current report as an accessible HTML document;
 * {@code GET /reports/{year}.pdf}: the same as PDF. Both with the findings appendix, and with each value's first
 * release in its provenance ({@link FirstReleaseAnnotator}).
 */
@RestController
class ReportDocumentController {

    private final ReportComposer composer;
    private final ReportDocuments documents;
    private final FirstReleaseAnnotator history;

    ReportDocumentController(ReportComposer composer, ReportDocuments documents, FirstReleaseAnnotator history) {
        this.composer = composer;
        this.documents = documents;
        this.history = history;
    }

    @GetMapping("/reports/{year:\\d{4}}")
    Mono<ResponseEntity<String>> html(@PathVariable int year) {
        return documents.htmlResponse(composer.compose(year, true).flatMap(history::annotate));
    }

    @GetMapping("/reports/{year:\\d{4}}.pdf")
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable int year) {
        return documents.pdfResponse(composer.compose(year, true).flatMap(history::annotate));
    }
}
