package no.arsberetning.common.tables;

import java.util.List;

/** A file with any error changes nothing: every error is reported, with where it is. */
public class ImportRejectedException extends RuntimeException {

    /** Why: invalid content (400), cells the person may not change (403), a section closed for changes (409). */
    public enum Reason { INVALID, FORBIDDEN, LOCKED }

    private final List<ImportProblem> problems;
    private final Reason reason;

    public ImportRejectedException(List<ImportProblem> problems) {
        this(problems, Reason.INVALID);
    }

    public ImportRejectedException(List<ImportProblem> problems, Reason reason) {
        super("Filen ble ikke importert: " + problems.size() + " feil. Ingenting er endret.");
        this.problems = List.copyOf(problems);
        this.reason = reason;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public Reason reason() {
        return reason;
    }
}
