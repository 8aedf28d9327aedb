package no.arsberetning.gateway.reports.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF (greenfield) with its PDF/UA-1 profile, as a reader of the PDF would run it: every failed rule with
 * how often it failed, its description and the first place it failed.
 */
final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Failed rules by rule id ("7.1-3"): "count × description (first: context)"; empty when the PDF complies. */
    static Map<String, String> failures(byte[] pdf) throws Exception {
        Map<String, String> failed = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                InputStream in = new ByteArrayInputStream(pdf);
                PDFAParser parser = foundry.createParser(in, PDFAFlavour.PDFUA_1);
                PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<TestAssertion> assertions = result.getTestAssertions();
            for (TestAssertion assertion : assertions) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    counts.merge(rule, 1, Integer::sum);
                    failed.putIfAbsent(rule, assertion.getMessage().replaceAll("\\s+", " ") + " (first: "
                            + assertion.getLocation().getContext() + ")");
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.put("?", "not compliant, without a failed assertion");
            }
        }
        counts.forEach((rule, count) -> failed.put(rule, count + " × " + failed.get(rule)));
        return failed;
    }
}
