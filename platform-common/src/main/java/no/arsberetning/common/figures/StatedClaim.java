package no.arsberetning.common.figures;

import java.util.List;

/**
 * What the text's numbers claim, as data beside them (docs/demo-data-format.md, CLAIM): a printed place
 * ({@code {figure-id}} or a cell) and how it relates to what other printed places give, in the claim language
 * ({@code no.arsberetning.common.checks.ClaimSyntax}). The checks read them ({@code StatedClaims}).
 *
 * @param relation {@code equals}, {@code atMost}, {@code atLeast}, or {@code change} (the figure states the change
 *                 {@code <from> -> <to>}, in the unit its wording names)
 * @param rule the findings' rule, or null for the kind's own ({@code text-figure-matches-table}, …)
 * @param message what should hold, in Norwegian, or null for one said from the places
 * @param because why the expected side is the authoritative one, or null
 * @param orIf other values the printed number may be, each naming the mistake it is
 */
public record StatedClaim(String printed, String relation, String expected, String rule, String message, String because,
        List<Alternative> orIf) {

    public StatedClaim {
        orIf = orIf == null ? List.of() : List.copyOf(orIf);
    }

    /** Another value the printed number may be, and the mistake that is. */
    public record Alternative(String equals, String rule, String message) {
    }
}
