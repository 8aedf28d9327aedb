package no.arsberetning.servicesgoals.checks;

import java.util.List;

import no.arsberetning.common.report.Finding;

/** One of the service's consistency rules; {@link ServiceAreaChecks} runs them all. */
interface CheckRule {

    List<Finding> check(int year);
}
