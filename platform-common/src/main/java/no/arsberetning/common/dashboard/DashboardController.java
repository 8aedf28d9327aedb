package no.arsberetning.common.dashboard;

import no.arsberetning.common.changes.VersionedRead;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET <prefix>/{year}/dashboard}: the service's parts of the staff overview, a versioned read. */
@RestController
class DashboardController {

    private final DashboardParts parts;

    DashboardController(DashboardParts parts) {
        this.parts = parts;
    }

    @VersionedRead
    @GetMapping("${arsberetning.api-prefix}/{year}/dashboard")
    DashboardPart dashboard(@PathVariable int year) {
        return parts.of(year);
    }
}
