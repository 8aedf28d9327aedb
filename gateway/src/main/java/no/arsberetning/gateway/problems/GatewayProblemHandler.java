package no.arsberetning.gateway.problems;

import java.util.NoSuchElementException;

import no.arsberetning.common.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The gateway's own errors as problem documents, never a bare 500. */
@RestControllerAdvice
class GatewayProblemHandler {

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
        problem.setTitle("Finnes ikke");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
