package no.arsberetning.gateway.releases;

import java.util.List;

import jakarta.validation.constraints.Size;

import no.arsberetning.common.problem.Problems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/releases/{year}}: publish (controller; header {@code Idempotency-Key}, so a retry never makes
 * a second release), list, and the difference between two releases.
 */
@RestController
class ReleasesController {

    private final Publisher publisher;
    private final PublishedReports published;

    ReleasesController(Publisher publisher, PublishedReports published) {
        this.publisher = publisher;
        this.published = published;
    }

    @PostMapping("/api/releases/{year}")
    Mono<ResponseEntity<Object>> publish(@PathVariable int year,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(required = false) PublishRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            return Mono.just(ResponseEntity.badRequest().body(Problems.invalidFields(List.of(new Problems.FieldProblem(
                    "Idempotency-Key", "Oppgi en unik nøkkel (høyst 200 tegn) per publisering; bruk samme nøkkel ved nytt forsøk.")))));
        }
        String reason = request == null ? null : request.overrideReason();
        if (reason != null && reason.length() > 4000) {
            return Mono.just(ResponseEntity.badRequest().body(Problems.invalidFields(List.of(new Problems.FieldProblem(
                    "overrideReason", "Begrunnelsen kan være på høyst 4000 tegn.")))));
        }
        return publisher.publish(year, idempotencyKey, reason)
                .map(release -> ResponseEntity.status(HttpStatus.CREATED).<Object>body(release));
    }

    @GetMapping("/api/releases/{year}")
    Mono<List<Release>> list(@PathVariable int year) {
        return publisher.list(year);
    }

    @GetMapping("/api/releases/{year}/{from}/diff/{to}")
    Mono<ReleaseDiff> diff(@PathVariable int year, @PathVariable int from, @PathVariable int to) {
        return Mono.zip(published.release(year, from), published.release(year, to))
                .map(both -> ReleaseDiff.between(both.getT1(), both.getT2()));
    }

    record PublishRequest(@Size(max = 4000) String overrideReason) {
    }
}
