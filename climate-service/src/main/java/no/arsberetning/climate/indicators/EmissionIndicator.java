package no.arsberetning.climate.indicators;

import no.arsberetning.climate.printed.Measure;

/**
 * One row of the printed indicator table, read: the sector (printed once for the rows under it, so carried
 * down), the indicator, the value as printed and as read (number and unit, or why it is missing, or why it
 * is not a number), the trend arrow and the comment (sanitized markup).
 *
 * @param row the row's key in the table, for edits through {@code PATCH …/tables/{table}/cells}
 */
public record EmissionIndicator(String table, String row, String sector, String indicator, Measure value,
        String trendPrinted, Trend trend, String comment) {
}
