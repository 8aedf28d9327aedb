package no.arsberetning.gateway.reports.document;

import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedVersions;
import no.arsberetning.gateway.reports.ReportComposer;
import no.arsberetning.gateway.reports.provenance.FirstReleaseAnnotator;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * {@code GET /reports/{year}}: the current report as an accessible HTML document;
 * {@code GET /reports/{year}.pdf}: the same as PDF. Both with the findings appendix, and with each value's first
 * release in its provenance ({@link FirstReleaseAnnotator}); the composed report and each rendered document kept
 * per composite version with its {@code ETag} ({@link ComposedVersions}).
 */
@RestController
class ReportDocumentController {

    private final ReportComposer composer;
    private final ReportDocuments documents;
    private final FirstReleaseAnnotator history;
    private final ComposedVersions versions;

    ReportDocumentController(ReportComposer composer, ReportDocuments documents, FirstReleaseAnnotator history,
            ComposedVersions versions) {
        this.composer = composer;
        this.documents = documents;
        this.history = history;
        this.versions = versions;
    }

    @GetMapping("/reports/{year:\\d{4}}")
    Mono<ResponseEntity<byte[]>> html(@PathVariable int year, ServerWebExchange exchange) {
        return versions.answer(exchange, "html", year, version -> documents.htmlResponse(report(version)));
    }

    @GetMapping("/reports/{year:\\d{4}}.pdf")
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable int year, ServerWebExchange exchange) {
        return versions.answer(exchange, "pdf", year, version -> documents.pdfResponse(report(version)));
    }

    /** The report both documents are rendered from, kept per version too (the HTML and the PDF share it). */
    private Mono<ComposedReport> report(ComposedVersions.Version version) {
        return versions.kept(version, "document", () -> composer.compose(version.year(), true).flatMap(history::annotate))
                .map(ComposedVersions.Versioned::value);
    }
}
