package no.arsberetning.servicesgoals.accounts;

import java.util.Locale;

/**
 * How to read a deviation column: {@code deviation = sign × (revised budget − actual)}. Taken from the
 * table's printed sign convention where it states one; otherwise the service areas' convention that
 * chapter 1 prints for the same figures (table 1.2: «Positive tall er mindreforbruk, negative tall er
 * merforbruk»), recorded as not printed with the table. Signs are never flipped: the convention only
 * says what a printed sign means.
 *
 * @param sign +1 when a positive deviation is underspending, −1 when it is overspending
 * @param text the convention in words
 * @param printed whether the table itself prints it
 */
public record SignConvention(int sign, String text, boolean printed) {

    static final String SERVICE_AREAS = "Positive tall er mindreforbruk, negative tall er merforbruk.";

    static SignConvention of(String printedText) {
        if (printedText != null && !printedText.isBlank()) {
            String text = printedText.toLowerCase(Locale.ROOT);
            if (text.matches(".*positive? (tall|avvik) (er|betyr) merforbruk.*")) {
                return new SignConvention(-1, printedText, true);
            }
            if (text.matches(".*positive? (tall|avvik) (er|betyr) mindreforbruk.*")
                    || text.matches(".*positivt? tall (er )?(høyere inntekter eller )?lavere utgifter.*")) {
                return new SignConvention(1, printedText, true);
            }
        }
        return new SignConvention(1, SERVICE_AREAS + " (Tjenesteområdenes fortegnsregel, som i tabell 1.2; ikke trykt ved tabellen.)",
                false);
    }

    /** A positive amount in this convention means underspending. */
    public boolean positiveIsUnderspending() {
        return sign > 0;
    }
}
