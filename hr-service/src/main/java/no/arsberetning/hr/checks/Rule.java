package no.arsberetning.hr.checks;

import java.util.List;

import no.arsberetning.common.report.Finding;

/** One group of chapter-2 consistency rules. */
interface Rule {

    List<Finding> check(YearData data);
}
