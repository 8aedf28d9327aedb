package no.arsberetning.gateway.releases;

import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.gateway.completeness.Completeness;

/**
 * Publishing refused (409): error findings are open or required items of the statutory checklist are
 * missing, and no override reason was given.
 */
class PublishRefusedException extends RuntimeException {

    private final List<Finding> errors;
    private final List<Completeness.ItemResult> missingRequired;

    PublishRefusedException(List<Finding> errors) {
        this(errors, List.of());
    }

    PublishRefusedException(List<Finding> errors, List<Completeness.ItemResult> missingRequired) {
        super(message(errors.size(), missingRequired.size()));
        this.errors = List.copyOf(errors);
        this.missingRequired = List.copyOf(missingRequired);
    }

    List<Finding> errors() {
        return errors;
    }

    List<Completeness.ItemResult> missingRequired() {
        return missingRequired;
    }

    private static String message(int errors, int missing) {
        StringBuilder what = new StringBuilder();
        if (errors > 0) {
            what.append(errors).append(" feil er åpne");
        }
        if (missing > 0) {
            what.append(what.isEmpty() ? "" : " og ").append(missing).append(" lovpålagte punkter mangler");
        }
        return "Publisering avvist: " + what + ". Rett dem, eller publiser med en skriftlig begrunnelse "
                + "(overrideReason) som lagres med utgivelsen.";
    }
}
