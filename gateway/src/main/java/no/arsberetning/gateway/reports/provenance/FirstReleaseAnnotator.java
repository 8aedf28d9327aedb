package no.arsberetning.gateway.reports.provenance;

import no.arsberetning.gateway.reports.ComposedReport;

import reactor.core.publisher.Mono;

/** Gives a composed report's provenance entries the release that first published each value. */
@FunctionalInterface
public interface FirstReleaseAnnotator {

    Mono<ComposedReport> annotate(ComposedReport report);
}
