package no.arsberetning.gateway.years;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** What every domain service offers about its reporting years (platform-common {@code years}), relative to its prefix. */
interface YearsApi {

    @GetExchange("/years")
    Mono<List<ServiceYear>> years();

    /** Opens a year in the service: 201 when it opened it now, 200 when it was open already. */
    @PostExchange("/years")
    Mono<ResponseEntity<OpenedYear>> open(@RequestBody OpenRequest request);

    record OpenRequest(int year, int from) {
    }

    /** A service's year as it lists it ({@code YearOverview} in platform-common). */
    record ServiceYear(int year, Integer openedFrom, String state, Integer sourceRelease, Sections sections,
            List<Integer> releases) {
    }

    record Sections(int total, int draft, int submitted, int approved, int returned) {
    }

    /** What a service's opening answered ({@code OpenedYear} in platform-common). */
    record OpenedYear(int year, int from, String state, Integer sourceRelease, String openedBy, Instant startedAt,
            Instant openedAt, Map<String, Integer> created) {
    }
}
