package no.arsberetning.common.years;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import no.arsberetning.common.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET <prefix>/years}: the reporting years with their state; {@code POST <prefix>/years}
 * {@code {"year", "from"}}: opens a year from an earlier one (controller, admin) — 201 with what the year now holds,
 * 200 with the same when it was open already, 409 naming the reason when it cannot be opened as asked.
 */
@RestController
class YearsController {

    private final YearOverviews overviews;
    private final YearOpener opener;

    YearsController(YearOverviews overviews, YearOpener opener) {
        this.overviews = overviews;
        this.opener = opener;
    }

    @GetMapping("${arsberetning.api-prefix}/years")
    List<YearOverview> years() {
        return overviews.all();
    }

    @PostMapping("${arsberetning.api-prefix}/years")
    @PreAuthorize("hasAnyRole('controller', 'admin')")
    ResponseEntity<Object> open(@Valid @RequestBody OpenRequest request, Authentication who) {
        if (request.year() <= request.from()) {
            return ResponseEntity.badRequest().body(Problems.invalidFields(List.of(new Problems.FieldProblem("year",
                    "Året som åpnes (" + request.year() + ") må komme etter året det åpnes fra (" + request.from() + ")."))));
        }
        YearOpener.Result result = opener.open(request.year(), request.from(), who.getName());
        return ResponseEntity.status(result.openedNow() ? HttpStatus.CREATED : HttpStatus.OK).body(result.year());
    }

    record OpenRequest(
            @NotNull(message = "Oppgi året som skal åpnes.") @Min(value = 1900, message = "Året må være fra 1900 til 2100.")
            @Max(value = 2100, message = "Året må være fra 1900 til 2100.") Integer year,
            @NotNull(message = "Oppgi året det skal åpnes fra.") @Min(value = 1900, message = "Året må være fra 1900 til 2100.")
            @Max(value = 2100, message = "Året må være fra 1900 til 2100.") Integer from) {
    }
}
