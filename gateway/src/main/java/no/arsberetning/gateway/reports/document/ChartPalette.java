package no.arsberetning.gateway.reports.document;

import java.util.List;

import no.arsberetning.common.report.GoalStatus;

/**
 * The charts' colours. Every fill and stroke has at least 4.5:1 contrast against the white background
 * (more than the 3:1 WCAG 1.4.11 asks of graphics), and white text on every filled segment has 4.5:1 too.
 * Colour is never the only carrier: bars sit left or right of zero, lines differ in dash and marker, and
 * every chart is followed by its table.
 */
final class ChartPalette {

    static final String TEXT = "#1a1a1a";
    static final String AXIS = "#595959";
    static final String GRID = "#d0d0d0";
    static final String BACKGROUND = "#ffffff";

    /** Deviation above zero: underspending (mindreforbruk). 6.84:1 on white. */
    static final String POSITIVE = "#1f5f8b";
    /** Deviation below zero: overspending (merforbruk). 6.05:1 on white. */
    static final String NEGATIVE = "#a8430a";

    /** Line series, in order; with {@link #DASHES} and distinct markers. */
    static final List<String> SERIES = List.of("#0b5394", "#a8430a", "#1e6b3a", "#5a4a8a", "#8a5a00", "#595959");
    static final List<String> DASHES = List.of("", "6 4", "2 3", "8 3 2 3", "4 2", "1 2");

    /** Indicators without a reported status: white with a dark outline and dark text. */
    static final String NOT_GIVEN = "#ffffff";

    private ChartPalette() {
    }

    static String status(GoalStatus status) {
        switch (status) {
            case REACHED:
                return "#1e6b3a";
            case LARGELY_REACHED:
                return "#0b5394";
            case PARTLY_REACHED:
                return "#8a5a00";
            case NOT_REACHED:
                return "#b3261e";
            case NOT_MEASURABLE:
                return "#5a4a8a";
            default:
                return "#595959";
        }
    }
}
