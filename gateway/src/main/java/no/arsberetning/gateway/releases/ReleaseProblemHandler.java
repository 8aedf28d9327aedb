package no.arsberetning.gateway.releases;

import no.arsberetning.common.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Why a publish did not happen: open errors (409, listed) or a service out of reach (503, retry). */
@RestControllerAdvice
class ReleaseProblemHandler {

    @ExceptionHandler(PublishRefusedException.class)
    ResponseEntity<ProblemDetail> refused(PublishRefusedException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "open-findings", ex.getMessage());
        problem.setTitle("Åpne feil");
        problem.setProperty("errors", ex.errors());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ServicesUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ServicesUnavailableException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", ex.getMessage());
        problem.setTitle("Tjeneste utilgjengelig");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }
}
