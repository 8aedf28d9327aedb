package no.arsberetning.servicesgoals.accounts;

import java.math.BigDecimal;

import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table.Cell;

/**
 * One service area's operating accounts as its chapter prints them, for the gateway's comparison with
 * table 1.2 and for people: actual, revised and original budget and the printed deviation, with the
 * deviation computed from its inputs under the table's sign convention.
 *
 * @param table the printed table number ("4.1"); {@code tableKey} its key in this service
 * @param computedDeviation {@code sign × (revised − actual)}, null when an input is missing
 * @param explanationKey the text explaining the deviation ({@code GET …/accounts/{area}/explanation})
 */
public record AreaAccount(
        String area,
        String areaName,
        String chapter,
        String table,
        String tableKey,
        String unit,
        Amount actual,
        Amount revisedBudget,
        Amount originalBudget,
        Amount deviation,
        BigDecimal computedDeviation,
        SignConvention signConvention,
        String section,
        String explanationKey) {

    /** A printed amount: the exact number, the text as printed and why it is missing when it is. */
    public record Amount(BigDecimal value, String text, MissingReason reason) {

        static Amount of(Cell cell) {
            return cell == null ? null : new Amount(cell.value(), cell.text(), cell.reason());
        }
    }
}
