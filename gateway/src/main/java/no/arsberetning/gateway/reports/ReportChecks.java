package no.arsberetning.gateway.reports;

import java.util.List;

import no.arsberetning.common.report.Finding;
import reactor.core.publisher.Mono;

/** Every service's findings for a year plus the cross-service rules. */
public interface ReportChecks {

    Mono<List<Finding>> findings(int year);
}
