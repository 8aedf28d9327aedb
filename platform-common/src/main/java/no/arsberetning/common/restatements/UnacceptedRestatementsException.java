package no.arsberetning.common.restatements;

import no.arsberetning.common.workflow.WorkflowConflictException;

/** A freeze refused because values restate the year before differently and nobody accepted them (409). */
public class UnacceptedRestatementsException extends WorkflowConflictException {

    /** The problem type's last segment, which the gateway passes on. */
    public static final String TYPE = "unaccepted-restatements";

    UnacceptedRestatementsException(String message) {
        super(message);
    }
}
