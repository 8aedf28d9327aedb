package no.arsberetning.climate.organisation;

import java.util.List;

import no.arsberetning.climate.printed.Measure;

/**
 * An indicator stated in the chapter's text, read from its figures: values by period (with every statement
 * of each and whether they agree), the target and whether it is reached, and a share computed from counts.
 */
public record TextIndicator(String key, String scope, String label, String unit, List<PeriodValue> values,
        TargetView target, ShareView share) {

    /** One place the text states a value: the figure, its sentence, the value read. */
    public record Statement(String figure, String text, Measure value, Integer seedLine) {
    }

    public record PeriodValue(String period, Measure value, List<Statement> statements, boolean statementsAgree) {
    }

    /** @param reached whether the value of the target's period (or the latest) reaches it; null when not comparable */
    public record TargetView(String period, String direction, Measure value, List<Statement> statements, Boolean reached,
            Measure comparedWith) {
    }

    /** A share in percent computed from two counts stated in the text. */
    public record ShareView(String period, Measure part, Measure whole, Measure share) {
    }
}
