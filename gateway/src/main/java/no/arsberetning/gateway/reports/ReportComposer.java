package no.arsberetning.gateway.reports;

import reactor.core.publisher.Mono;

/** Composes the report of a year from the services, on behalf of the caller. */
public interface ReportComposer {

    /**
     * @param withFindings whether to fetch every service's findings and the cross-service rules too
     */
    Mono<ComposedReport> compose(int year, boolean withFindings);
}
