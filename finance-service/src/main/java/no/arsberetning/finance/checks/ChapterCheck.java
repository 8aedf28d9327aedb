package no.arsberetning.finance.checks;

import java.util.List;

import no.arsberetning.common.report.Finding;

/** One group of the chapter's consistency rules. */
interface ChapterCheck {

    List<Finding> check(ChapterData data);
}
