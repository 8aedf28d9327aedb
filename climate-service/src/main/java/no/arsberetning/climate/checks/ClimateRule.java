package no.arsberetning.climate.checks;

import java.util.List;

import no.arsberetning.common.report.Finding;

/** One group of chapter 3's consistency rules; {@link ClimateChecks} runs them all. */
interface ClimateRule {

    List<Finding> check(int year);
}
