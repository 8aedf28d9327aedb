package no.arsberetning.gateway.reports.document;

import java.nio.charset.StandardCharsets;

import no.arsberetning.gateway.reports.ComposedReport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The report as a document: the accessible HTML page and the PDF made from that same HTML. For the working
 * report ({@code /reports/{year}}) and for published releases alike — give it any {@link ComposedReport}.
 * The {@code ...Response} methods render on {@link Schedulers#boundedElastic()} (rendering blocks) and set
 * content type, disposition and a strict content security policy (no scripts at all).
 */
@Component
public class ReportDocuments {

    public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    /** The page has no scripts, loads nothing, and styles itself inline. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private final ReportHtmlRenderer html;
    private final ReportPdfRenderer pdf;

    public ReportDocuments() {
        this(new ReportHtmlRenderer(), new ReportPdfRenderer());
    }

    ReportDocuments(ReportHtmlRenderer html, ReportPdfRenderer pdf) {
        this.html = html;
        this.pdf = pdf;
    }

    /** The report as one HTML document (blocking; a few milliseconds per chapter). */
    public String html(ComposedReport report) {
        return html.render(report);
    }

    /** The report as PDF, made from exactly {@link #html(ComposedReport)} (blocking; may take seconds). */
    public byte[] pdf(ComposedReport report) {
        return pdf.render(html(report));
    }

    /** 200 text/html; charset=UTF-8; an empty report Mono gives 404. */
    public Mono<ResponseEntity<byte[]>> htmlResponse(Mono<ComposedReport> report) {
        return report.flatMap(r -> Mono.fromCallable(() -> html(r).getBytes(StandardCharsets.UTF_8))
                        .subscribeOn(Schedulers.boundedElastic()))
                .map(body -> ResponseEntity.ok()
                        .contentType(HTML)
                        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                        .body(body))
                .defaultIfEmpty(ResponseEntity.notFound().build());
    }

    /**
     * 200 application/pdf, shown inline, named by {@link #pdfFileName(ComposedReport)}; an empty report Mono
     * gives 404.
     */
    public Mono<ResponseEntity<byte[]>> pdfResponse(Mono<ComposedReport> report) {
        return report.flatMap(r -> Mono.fromCallable(() -> pdf(r)).subscribeOn(Schedulers.boundedElastic())
                        .map(body -> ResponseEntity.ok()
                                .contentType(MediaType.APPLICATION_PDF)
                                .header(HttpHeaders.CONTENT_DISPOSITION,
                                        ContentDisposition.inline().filename(pdfFileName(r)).build().toString())
                                .body(body)))
                .defaultIfEmpty(ResponseEntity.notFound().build());
    }

    /** "arsberetning-2023.pdf" for the working report, "arsberetning-2023-utgave-2.pdf" for release 2. */
    public static String pdfFileName(ComposedReport report) {
        return "arsberetning-" + report.year() + (report.release() == null ? "" : "-utgave-" + report.release().number()) + ".pdf";
    }
}
