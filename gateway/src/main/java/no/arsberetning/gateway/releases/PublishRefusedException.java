package no.arsberetning.gateway.releases;

import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.restatements.UnacceptedRestatementsException;
import no.arsberetning.gateway.reports.completeness.Completeness;

/**
 * Publishing refused (409): error findings are open or required items of the statutory checklist are
 * missing, and no override reason was given; or values restate the year before differently and are not accepted; or
 * a service refused to freeze its part.
 */
class PublishRefusedException extends RuntimeException {

    private final List<Finding> errors;
    private final List<Completeness.ItemResult> missingRequired;
    private final boolean restatements;

    PublishRefusedException(List<Finding> errors) {
        this(errors, List.of());
    }

    PublishRefusedException(List<Finding> errors, List<Completeness.ItemResult> missingRequired) {
        this(message(errors.size(), missingRequired.size()), errors, missingRequired, false);
    }

    private PublishRefusedException(String message, List<Finding> errors, List<Completeness.ItemResult> missingRequired,
            boolean restatements) {
        super(message);
        this.errors = List.copyOf(errors);
        this.missingRequired = List.copyOf(missingRequired);
        this.restatements = restatements;
    }

    /** Values that restate the year before differently and that no controller has accepted: no override helps. */
    static PublishRefusedException unacceptedRestatements(List<Finding> restated) {
        return new PublishRefusedException("Publisering avvist: " + restated.size() + " tall gjengir året før annerledes enn "
                + "det ble publisert, og er ikke godtatt. En kontroller må godta hvert av dem med en begrunnelse (i kontrollen, "
                + "eller POST /api/<tjeneste>/{år}/restatements/acceptances); en felles begrunnelse (overrideReason) gjelder "
                + "ikke for dem.", restated, List.of(), true);
    }

    /** A service refused to freeze its part: its problem's detail says why (nothing of that service was frozen). */
    static PublishRefusedException refusedBy(String service, String problemJson) {
        String detail = "";
        String type = "";
        try {
            var problem = tools.jackson.databind.json.JsonMapper.builder().build().readTree(problemJson);
            detail = problem.path("detail").asString("");
            type = problem.path("type").asString("");
        } catch (RuntimeException notJson) {
            // no problem document: the status says enough
        }
        return new PublishRefusedException("Publisering avvist av " + service + ": " + detail, List.of(), List.of(),
                type.endsWith("/" + UnacceptedRestatementsException.TYPE));
    }

    boolean restatements() {
        return restatements;
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
