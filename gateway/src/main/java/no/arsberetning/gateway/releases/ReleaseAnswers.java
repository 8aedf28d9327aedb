package no.arsberetning.gateway.releases;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import no.arsberetning.common.changes.ProgramBuild;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.ComposedVersions;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;
import no.arsberetning.gateway.reports.document.ReportDocuments;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * A published release as JSON, HTML and PDF, versioned by what never changes: a release is frozen, so its answers
 * are kept (at most {@value #KEPT}) under a strong {@code ETag} of the gateway's build, the year, the
 * number and the release's content hash, and a reader that has it gets {@code 304}. Only an answer with every
 * service's part is kept and tagged: one composed while a service was away is composed again next time.
 */
@Component
class ReleaseAnswers {

    static final int KEPT = 24;

    private final PublishedReports published;
    private final ReportDocuments documents;
    private final String build;
    private final Cache<String, ResponseEntity<?>> kept = Caffeine.newBuilder().maximumSize(KEPT).build();

    ReleaseAnswers(PublishedReports published, ReportDocuments documents, ObjectProvider<BuildProperties> build) {
        this.published = published;
        this.documents = documents;
        this.build = ProgramBuild.of(build.getIfAvailable());
    }

    Mono<ResponseEntity<ComposedReport>> json(ServerWebExchange exchange, Release release) {
        return answer(exchange, "json", release, report -> Mono.just(ResponseEntity.ok(report)));
    }

    Mono<ResponseEntity<byte[]>> html(ServerWebExchange exchange, Release release) {
        return answer(exchange, "html", release, report -> documents.htmlResponse(Mono.just(report)));
    }

    Mono<ResponseEntity<byte[]>> pdf(ServerWebExchange exchange, Release release) {
        return answer(exchange, "pdf", release, report -> documents.pdfResponse(Mono.just(report)));
    }

    private <T> Mono<ResponseEntity<T>> answer(ServerWebExchange exchange, String what, Release release,
            Function<ComposedReport, Mono<ResponseEntity<T>>> render) {
        String etag = "\"" + build + "-release-" + what + "-" + release.year() + "-" + release.number() + "-"
                + release.contentHash() + "\"";
        if (ComposedVersions.callerHas(exchange, etag)) {
            return Mono.just(ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).<T>build());
        }
        ResponseEntity<T> hit = get(etag);
        if (hit != null) {
            return Mono.just(hit);
        }
        return published.compose(release).flatMap(report -> render.apply(report).map(entity -> {
            if (!entity.getStatusCode().is2xxSuccessful() || !report.sources().stream().allMatch(SourceStatus::available)) {
                return entity;
            }
            ResponseEntity<T> tagged = ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders()).eTag(etag)
                    .body(entity.getBody());
            kept.put(etag, tagged);
            return tagged;
        }));
    }

    @SuppressWarnings("unchecked")
    private <T> ResponseEntity<T> get(String etag) {
        return (ResponseEntity<T>) kept.getIfPresent(etag);
    }
}
