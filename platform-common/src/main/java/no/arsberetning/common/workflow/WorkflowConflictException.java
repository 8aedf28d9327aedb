package no.arsberetning.common.workflow;

/** A step the reporting cycle does not allow now (e.g. approving a draft, editing a submitted section): 409. */
public class WorkflowConflictException extends RuntimeException {

    public WorkflowConflictException(String message) {
        super(message);
    }
}
