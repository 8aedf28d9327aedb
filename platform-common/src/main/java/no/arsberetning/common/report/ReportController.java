package no.arsberetning.common.report;

import java.util.List;

import no.arsberetning.common.changes.VersionedRead;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET <prefix>/{year}/report} and {@code /checks} of every service (brief § 9), versioned reads. */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}")
class ReportController {

    private final ChapterReport report;
    private final ConsistencyRules rules;

    ReportController(ChapterReport report, ConsistencyRules rules) {
        this.report = report;
        this.rules = rules;
    }

    @VersionedRead
    @GetMapping("/report")
    ReportDocument report(@PathVariable int year) {
        return report.report(year);
    }

    @VersionedRead
    @GetMapping("/checks")
    List<Finding> checks(@PathVariable int year) {
        return rules.check(year);
    }
}
