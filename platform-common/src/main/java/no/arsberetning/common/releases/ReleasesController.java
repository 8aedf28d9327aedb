package no.arsberetning.common.releases;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code <prefix>/{year}/releases}: the gateway asks every service to freeze its part of a release
 * (controller only); releases are read by everyone who may read, the committee included.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/releases")
class ReleasesController {

    private final ReleaseStore releases;
    private final ReleaseNumbers numbers;

    ReleasesController(ReleaseStore releases, ReleaseNumbers numbers) {
        this.releases = releases;
        this.numbers = numbers;
    }

    /** The number of the release published under this key: the next free one, or the one it got before. */
    @PostMapping("/numbers")
    @PreAuthorize("hasRole('controller')")
    NumberGiven number(@PathVariable int year, @Valid @RequestBody NumberRequest request) {
        return new NumberGiven(numbers.numberFor(year, request.idempotencyKey()), request.idempotencyKey());
    }

    @PostMapping
    @PreAuthorize("hasRole('controller')")
    ServiceRelease freeze(@PathVariable int year, @Valid @RequestBody FreezeRequest request, Authentication who) {
        return releases.freeze(year, request.number(), request.idempotencyKey(), request.overrideReason(),
                request.missingRequired(), who.getName());
    }

    @GetMapping
    List<ServiceRelease> list(@PathVariable int year) {
        return releases.all(year);
    }

    /** Every year's releases without their content ({@code <prefix>/releases}): which years were published, and how often. */
    @RestController
    static class AllYears {

        private final ReleaseStore releases;

        AllYears(ReleaseStore releases) {
            this.releases = releases;
        }

        @GetMapping("${arsberetning.api-prefix}/releases")
        List<ServiceRelease> list() {
            return releases.all();
        }
    }

    @GetMapping("/{number}")
    ServiceRelease release(@PathVariable int year, @PathVariable int number) {
        return releases.get(year, number);
    }

    record NumberRequest(@NotBlank(message = "Oppgi en idempotensnøkkel.") @Size(max = 200) String idempotencyKey) {
    }

    record NumberGiven(int number, String idempotencyKey) {
    }

    record FreezeRequest(
            @Min(value = 1, message = "Utgivelsesnummeret må være 1 eller høyere.") @Max(10000) int number,
            @NotBlank(message = "Oppgi en idempotensnøkkel.") @Size(max = 200) String idempotencyKey,
            @Size(max = 4000) String overrideReason,
            @Size(max = 200) List<@Size(max = 200) String> missingRequired) {
    }
}
