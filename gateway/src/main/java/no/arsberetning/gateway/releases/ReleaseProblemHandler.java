package no.arsberetning.gateway.releases;

import no.arsberetning.common.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Why a publish did not happen: open errors or missing statutory content (409, listed) or a service out of reach (503, retry). */
@RestControllerAdvice
class ReleaseProblemHandler {

    @ExceptionHandler(PublishRefusedException.class)
    ResponseEntity<ProblemDetail> refused(PublishRefusedException ex) {
        boolean findings = !ex.errors().isEmpty();
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ex.restatements() ? "unaccepted-restatements"
                : findings ? "open-findings" : "missing-required-content", ex.getMessage());
        problem.setTitle(ex.restatements() ? "Tall for året før er endret" : findings ? "Åpne feil" : "Lovpålagt innhold mangler");
        problem.setProperty("errors", ex.errors());
        problem.setProperty("missingRequired", ex.missingRequired());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ServicesUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ServicesUnavailableException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", ex.getMessage());
        problem.setTitle("Tjeneste utilgjengelig");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }
}
