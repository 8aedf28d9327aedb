package no.arsberetning.common.restatements;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A value of a year that restates a value of the earlier year it was opened from, and differs from what that year
 * published: a cell of a column naming the earlier year ("Regnskap 2023" in 2024), or a figure the text states for it.
 *
 * @param table the table's key, or null for a figure stated in the text
 * @param tableNumber the table's printed number, or null
 * @param row the row's key (a figure: its id)
 * @param rowLabel the row's printed label (a figure: its sentence)
 * @param column the column's key, or null for a figure
 * @param area the service area the row concerns, or null
 * @param released the value as the earlier year published it
 * @param release the number of the release that published it; null when the earlier year has none (working data)
 * @param current the value the year states now
 * @param acceptance the controller's acceptance of this very difference, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Restatement(String table, String tableNumber, String row, String rowLabel, String column,
        String columnLabel, String area, int fromYear, Value released, Integer release, Value current,
        Acceptance acceptance) {

    /** A value as printed, and the number read from it (null when not a number). */
    public record Value(String text, BigDecimal value) {
    }

    /** Who accepted the difference, when, and why. */
    public record Acceptance(String reason, String by, Instant at) {
    }

    public boolean accepted() {
        return acceptance != null;
    }

    /** The place, as acceptances name it: {@code table/row/column} ({@code figur/<id>/} for a figure). */
    public String place() {
        return placeOf(table, row, column);
    }

    static String placeOf(String table, String row, String column) {
        return (table == null ? "figur" : table) + "/" + row + "/" + (column == null ? "" : column);
    }

    Restatement withAcceptance(Acceptance given) {
        return new Restatement(table, tableNumber, row, rowLabel, column, columnLabel, area, fromYear, released, release,
                current, given);
    }
}
