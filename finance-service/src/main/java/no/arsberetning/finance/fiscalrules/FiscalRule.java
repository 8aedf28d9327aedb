package no.arsberetning.finance.fiscalrules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A fiscal rule or target the city council set (handlingsregel, målsetting), read from the figures stated
 * in the chapter's text: the target's figure(s) and the year's actual. Targets are the same every year;
 * the actual's figure id carries the year ({@code %d}).
 */
record FiscalRule(String key, String name, Comparison comparison, String targetFigure, String upperTargetFigure,
        String actualFigurePattern) {

    /** The rules in force in 2023, in the order the chapter reports them. */
    static final List<FiscalRule> ALL = List.of(
            new FiscalRule("korrigert-netto-driftsresultat", "Korrigert netto driftsresultat", Comparison.BETWEEN,
                    "korrigert-netto-driftsresultat-mal-nedre", "korrigert-netto-driftsresultat-mal-ovre",
                    "korrigert-netto-driftsresultat-%d"),
            new FiscalRule("disposisjonsfond", "Disposisjonsfond", Comparison.AT_LEAST, "disposisjonsfond-mal", null,
                    "disposisjonsfond-handlingsregel-andel-%d"),
            // "kapitalutgiftene på sikt skal utgjøre åtte prosent": a ceiling on capital costs.
            new FiscalRule("kapitalutgifter", "Kapitalutgifter", Comparison.AT_MOST, "kapitalutgifter-handlingsregel", null,
                    "kapitalutgifter-andel-frie-inntekter-%d"),
            new FiscalRule("gjeldsgrad", "Gjeldsgrad", Comparison.BELOW, "gjeldsgrad-mal", null, "gjeldsgrad-%d"));

    String actualFigure(int year) {
        return String.format(actualFigurePattern, year);
    }

    /** How the actual is held against the target. */
    enum Comparison {
        BETWEEN("mellom"), AT_LEAST("minst"), AT_MOST("høyst"), BELOW("under");

        private final String label;

        Comparison(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean met(BigDecimal actual, BigDecimal target, BigDecimal upper) {
            switch (this) {
                case BETWEEN:
                    return actual.compareTo(target) >= 0 && actual.compareTo(upper) <= 0;
                case AT_LEAST:
                    return actual.compareTo(target) >= 0;
                case AT_MOST:
                    return actual.compareTo(target) <= 0;
                default:
                    return actual.compareTo(target) < 0;
            }
        }
    }
}
