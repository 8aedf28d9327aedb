package no.arsberetning.keyfigures;

import java.util.List;

import no.arsberetning.common.problem.Problems;
import no.arsberetning.common.problem.Problems.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A 400 naming the wrong fields (the core's problem document), raised the framework's way. */
public final class BadInput {

    private BadInput() {
    }

    public static ErrorResponseException field(String field, String message) {
        return fields(List.of(new FieldProblem(field, message)));
    }

    public static ErrorResponseException fields(List<FieldProblem> problems) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.invalidFields(problems), null);
    }
}
