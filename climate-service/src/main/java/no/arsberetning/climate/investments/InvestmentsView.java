package no.arsberetning.climate.investments;

import java.util.List;

import no.arsberetning.climate.printed.Measure;
import no.arsberetning.common.tables.Provenance;

/**
 * The climate investment measures as read, with deviation and totals computed where the amounts are
 * numbers, and where the same line sits in finance's investment table, so the gateway can set them side by
 * side.
 *
 * @param signConvention how to read the deviation (as finance's table 1.4: positive = underspending)
 * @param comparableWith finance's line for climate investments
 * @param totalBudget the sum of the budgets, null unless every measure has one
 */
public record InvestmentsView(int year, String unit, String signConvention, List<Line> measures, Measure totalBudget,
        Measure totalActual, Measure totalDeviation, int measuresWithoutAmounts, String statement,
        FinanceLine comparableWith, Provenance provenance, long version) {

    public record Line(String key, String name, Measure budget, Measure actual, Measure deviation, String comment) {
    }

    /** Where finance reports the same money: service, table and row as printed. */
    public record FinanceLine(String service, String path, String table, String row) {
    }
}
