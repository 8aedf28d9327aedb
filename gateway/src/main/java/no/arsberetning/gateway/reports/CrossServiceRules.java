package no.arsberetning.gateway.reports;

import java.util.List;

import no.arsberetning.common.report.Finding;
import reactor.core.publisher.Mono;

/** A consistency rule across services' data, which no single service can check. */
public interface CrossServiceRules {

    Mono<List<Finding>> check(int year);
}
