package no.arsberetning.gateway.opendata;

import no.arsberetning.common.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = OpenDataController.class)
class OpenDataProblemHandler {

    @ExceptionHandler(TablesUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(TablesUnavailableException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", ex.getMessage());
        problem.setTitle("Ikke tilgjengelig nå");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }
}
