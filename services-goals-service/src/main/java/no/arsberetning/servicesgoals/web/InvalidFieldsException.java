package no.arsberetning.servicesgoals.web;

import java.util.List;

import no.arsberetning.common.problem.Problems.FieldProblem;

/** Bad input found by the service itself (not by bean validation): a 400 naming every field. */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidFieldsException(List<FieldProblem> problems) {
        super(problems.size() + " ugyldige felt");
        this.problems = List.copyOf(problems);
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
