package no.arsberetning.gateway.releases;

import java.util.List;

import no.arsberetning.common.report.Finding;

/** Publishing refused: error findings are open and no override reason was given (409). */
class PublishRefusedException extends RuntimeException {

    private final List<Finding> errors;

    PublishRefusedException(List<Finding> errors) {
        super("Publisering avvist: " + errors.size() + " feil er åpne. Rett dem, eller publiser med en skriftlig begrunnelse "
                + "(overrideReason) som lagres med utgivelsen.");
        this.errors = List.copyOf(errors);
    }

    List<Finding> errors() {
        return errors;
    }
}
