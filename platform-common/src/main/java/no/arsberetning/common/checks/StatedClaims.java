package no.arsberetning.common.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.arsberetning.common.figures.StatedClaim;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;

/**
 * What the text's numbers claim, checked: every {@link StatedClaim} the year's figures carry, read in the claim
 * language. A claim that cannot be read is a warning naming it, never skipped in silence.
 */
public class StatedClaims extends ClaimCatalog {

    static final String UNREADABLE = "claim-unreadable";

    @Override
    public List<Claim> claims(ChapterData data) {
        List<Claim> claims = new ArrayList<>();
        for (StatedClaim stated : data.claims()) {
            try {
                claims.add(claim(stated, data));
            } catch (IllegalArgumentException unreadable) {
                // reported by check()
            }
        }
        return claims;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        List<Finding> findings = new ArrayList<>(super.check(data));
        for (StatedClaim stated : data.claims()) {
            try {
                claim(stated, data);
            } catch (IllegalArgumentException unreadable) {
                findings.add(new Finding(UNREADABLE, Severity.WARNING, List.of(), List.of(), unreadable.getMessage(),
                        "en påstand som kan leses", stated.printed() + " " + stated.relation() + " " + stated.expected()));
            }
        }
        return findings;
    }

    private static Claim claim(StatedClaim stated, ChapterData data) {
        Expr printed = ClaimSyntax.parse(stated.printed());
        if ("change".equals(stated.relation())) {
            Claim change = StatedChange.claim(printed, stated.expected(), data, stated.rule(), stated.message(), stated.because());
            return withAlternatives(change, stated, change.rule(), change.message());
        }
        Expr expected = ClaimSyntax.parse(stated.expected());
        boolean fromText = printed.single().map(r -> r instanceof Ref.Figure).orElse(false);
        boolean againstTables = expected.refs().anyMatch(r -> r instanceof Ref.Cell);
        String rule = stated.rule() != null ? stated.rule()
                : fromText ? (againstTables ? "text-figure-matches-table" : "text-figures-agree") : "table-matches-table";
        String message = stated.message() != null ? stated.message() : message(fromText, printed, expected, data);
        Claim claim = switch (stated.relation()) {
            case "atMost" -> Claim.atMost(rule, printed, expected, message);
            case "atLeast" -> Claim.atLeast(rule, printed, expected, message);
            case "equals" -> Claim.equal(rule, printed, expected, message);
            default -> throw new IllegalArgumentException("Ukjent relasjon «" + stated.relation() + "» i påstanden om " + stated.printed());
        };
        String because = stated.because() != null ? stated.because()
                : fromText && againstTables ? "tabellen er kilden, teksten gjengir den." : null;
        return withAlternatives(claim.because(because), stated, rule, message);
    }

    private static Claim withAlternatives(Claim claim, StatedClaim stated, String rule, String message) {
        Claim with = claim;
        for (StatedClaim.Alternative alternative : stated.orIf()) {
            with = with.orIf(new Claim.Diagnosis(alternative.rule() != null ? alternative.rule() : rule,
                    ClaimSyntax.parse(alternative.equals()), alternative.message() != null ? alternative.message() : message));
        }
        return with;
    }

    private static String message(boolean fromText, Expr printed, Expr expected, ChapterData data) {
        Set<String> against = new LinkedHashSet<>();
        expected.refs().forEach(r -> r.table(data).ifPresent(against::add));
        String tables = against.isEmpty() ? null : (against.size() == 1 ? "tabell " : "tabellene ") + String.join(", ", against);
        if (fromText) {
            return "Teksten skal stemme med " + (tables != null ? tables : "det teksten sier andre steder");
        }
        Set<String> own = new LinkedHashSet<>();
        printed.refs().forEach(r -> r.table(data).ifPresent(own::add));
        return "Tabell " + String.join(", ", own) + " skal stemme med " + (tables != null ? tables : "teksten");
    }
}
