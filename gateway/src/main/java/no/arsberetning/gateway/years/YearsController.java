package no.arsberetning.gateway.years;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.problem.Problems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/years}: every reporting year with its state across the services (readers), and opening a year from an
 * earlier one in every service ({@code POST {"year", "from"}}: controllers and administrators; the services check
 * again).
 */
@RestController
class YearsController {

    private final YearStates states;
    private final YearOpening opening;

    YearsController(YearStates states, YearOpening opening) {
        this.states = states;
        this.opening = opening;
    }

    @GetMapping("/api/years")
    Mono<YearStates.Years> years() {
        return states.all();
    }

    @PostMapping("/api/years")
    Mono<ResponseEntity<Object>> open(@RequestBody(required = false) OpenRequest request) {
        List<Problems.FieldProblem> errors = new ArrayList<>();
        if (request == null || request.year() == null) {
            errors.add(new Problems.FieldProblem("year", "Oppgi året som skal åpnes."));
        }
        if (request == null || request.from() == null) {
            errors.add(new Problems.FieldProblem("from", "Oppgi året det skal åpnes fra."));
        }
        if (errors.isEmpty() && (request.year() < 1900 || request.year() > 2100)) {
            errors.add(new Problems.FieldProblem("year", "Året må være fra 1900 til 2100."));
        }
        if (errors.isEmpty() && request.year() <= request.from()) {
            errors.add(new Problems.FieldProblem("year", "Året som åpnes (" + request.year()
                    + ") må komme etter året det åpnes fra (" + request.from() + ")."));
        }
        if (!errors.isEmpty()) {
            return Mono.just(ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.invalidFields(errors)));
        }
        return opening.open(request.year(), request.from()).map(YearsController::answer);
    }

    private static ResponseEntity<Object> answer(YearOpening.Outcome outcome) {
        if (outcome.status() == 200 || outcome.status() == 201) {
            return ResponseEntity.status(outcome.status()).body(outcome);
        }
        HttpStatus status = HttpStatus.valueOf(outcome.status());
        ProblemDetail problem = Problems.of(status, status == HttpStatus.SERVICE_UNAVAILABLE ? "year-unavailable"
                : status == HttpStatus.CONFLICT ? "year-conflict" : "year-refused", outcome.detail());
        problem.setTitle(status == HttpStatus.SERVICE_UNAVAILABLE ? "Året er ikke ferdig åpnet" : "Året kan ikke åpnes slik");
        problem.setProperty("year", outcome.year());
        problem.setProperty("from", outcome.from());
        problem.setProperty("reason", outcome.reason());
        if (outcome.services() != null) {
            problem.setProperty("services", outcome.services());
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            builder.header("Retry-After", "10");
        }
        return builder.body(problem);
    }

    record OpenRequest(Integer year, Integer from) {
    }
}
