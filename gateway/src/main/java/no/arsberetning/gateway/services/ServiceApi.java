package no.arsberetning.gateway.services;

import java.time.Instant;
import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.ReportDocument;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** What every domain service offers the gateway (brief § 9), relative to its API prefix. */
public interface ServiceApi {

    @GetExchange("/{year}/report")
    Mono<ReportDocument> report(@PathVariable int year);

    @GetExchange("/{year}/checks")
    Mono<List<Finding>> checks(@PathVariable int year);

    @PostExchange("/{year}/releases")
    Mono<ReleasePart> freeze(@PathVariable int year, @RequestBody FreezeRequest request);

    /** The service's releases of a year, without their content. */
    @GetExchange("/{year}/releases")
    Mono<List<ReleasePart>> releases(@PathVariable int year);

    @GetExchange("/{year}/releases/{number}")
    Mono<ReleasePart> release(@PathVariable int year, @PathVariable int number);

    record FreezeRequest(int number, String idempotencyKey, String overrideReason) {
    }

    /** A service's part of a release, as the service stores it. */
    record ReleasePart(int number, String idempotencyKey, Instant publishedAt, String publishedBy, String overrideReason,
            List<String> notApproved, String contentHash, ReportDocument report) {
    }
}
