package no.arsberetning.servicesgoals.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import no.arsberetning.common.problem.Problems;

/** The service's own bad-input errors as problem documents, like the shared core's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceProblemHandler {

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<ProblemDetail> invalidFields(InvalidFieldsException ex) {
        return ResponseEntity.badRequest().body(Problems.invalidFields(ex.problems()));
    }
}
