package no.arsberetning.common.imports;

import java.util.List;

import no.arsberetning.common.problem.Problems.FieldProblem;

/**
 * A file that cannot be read as a table: wrong file type, corrupt or suspicious zip, not UTF-8, too large,
 * or a JSON-stat file with wrong content. The message is Norwegian and meant for the person who uploaded the
 * file; {@link #problems()} names each wrong place in the file where the reader can say (JSON-stat paths such
 * as {@code dimension.measure.category.index}), else it is empty.
 */
public class TabularFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public TabularFileException(String message) {
        this(message, List.of());
    }

    public TabularFileException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public TabularFileException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
