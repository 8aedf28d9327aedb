package no.arsberetning.finance.fiscalrules;

import java.math.BigDecimal;

import no.arsberetning.common.report.GoalStatus;

/**
 * A fiscal rule's target and the year's actual as printed, whether the actual meets the target (computed
 * where both are numbers, else null) and the controller's explanation.
 *
 * @param comparison how the actual is held against the target: {@code mellom}, {@code minst}, {@code høyst}, {@code under}
 * @param status {@code reached}, {@code not-reached}, or {@code not-measurable} when a number is missing
 */
public record FiscalRuleResult(String key, String name, String comparison, Stated target, Stated upperTarget,
        Stated actual, Boolean met, GoalStatus status, String explanationKey, String explanation) {

    /** A number as the chapter's text states it: the figure's id, the sentence, the printed value, the number, the unit. */
    public record Stated(String figure, String text, String value, BigDecimal number, String unit) {
    }
}
