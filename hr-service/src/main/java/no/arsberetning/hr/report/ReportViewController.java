package no.arsberetning.hr.report;

import java.util.List;
import java.util.Optional;

import no.arsberetning.common.problem.Problems;
import no.arsberetning.common.problem.Problems.FieldProblem;
import no.arsberetning.common.report.ReportDocument;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/hr/{year}/report?view=staff|published}: the published view — what a release freezes —
 * on request, beside the staff view the shared report controller serves without {@code view} (every value;
 * the cells the published view hides are named under each table). Both are working data: staff,
 * reporters, controllers and admins read them; the committee reads releases.
 */
@RestController
class ReportViewController {

    private final HrChapterReport report;

    ReportViewController(HrChapterReport report) {
        this.report = report;
    }

    @GetMapping(path = "${arsberetning.api-prefix}/{year}/report", params = "view")
    ResponseEntity<?> view(@PathVariable int year, @RequestParam String view) {
        Optional<ReportView> chosen = ReportView.parse(view);
        if (chosen.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.invalidFields(
                    List.of(new FieldProblem("view", "Ukjent visning «" + view + "». Bruk «published» eller «staff»."))));
        }
        return ResponseEntity.ok(report.report(year, chosen.get()));
    }
}
