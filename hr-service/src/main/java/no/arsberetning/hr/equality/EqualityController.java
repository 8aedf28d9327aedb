package no.arsberetning.hr.equality;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/hr/{year}/equality-statement}: the requirements of the gender-equality statement
 * (ldl. § 26a), how often each applies, and what the year's data covers.
 */
@RestController
class EqualityController {

    private final EqualityCoverage coverage;

    EqualityController(EqualityCoverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping("${arsberetning.api-prefix}/{year}/equality-statement")
    Statement statement(@PathVariable int year) {
        return new Statement(year, coverage.checklist().basis(), coverage.of(year));
    }

    record Statement(int year, String basis, List<Coverage> requirements) {
    }
}
