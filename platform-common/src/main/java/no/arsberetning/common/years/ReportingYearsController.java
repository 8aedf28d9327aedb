package no.arsberetning.common.years;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/<svc>/years}: the reporting years the service holds (brief § 9). */
@RestController
class ReportingYearsController {

    private final ReportingYears years;

    ReportingYearsController(ReportingYears years) {
        this.years = years;
    }

    @GetMapping("${arsberetning.api-prefix}/years")
    List<ReportingYear> years() {
        return years.all();
    }
}
