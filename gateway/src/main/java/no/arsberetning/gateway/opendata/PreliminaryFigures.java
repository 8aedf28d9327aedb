package no.arsberetning.gateway.opendata;

import java.util.List;
import java.util.regex.Pattern;

import no.arsberetning.common.report.Table;

/**
 * Which figures of a table are preliminary. Statistics Norway publishes KOSTRA figures for a year as
 * preliminary on 15 March and as final in June, so an annual report (due 31 March) that quotes KOSTRA for
 * its own year quotes preliminary figures — the printed report says so. A table whose caption names KOSTRA
 * as its source has preliminary figures in the columns for the reporting year (every column, when none of
 * them names a year). Marked {@code *}, Statistics Norway's symbol for a preliminary figure.
 */
final class PreliminaryFigures {

    static final String STATUS = "*";
    static final String LABEL = "foreløpig tall";
    private static final Pattern KOSTRA = Pattern.compile("\\bKOSTRA\\b");
    private static final Pattern A_YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");

    private PreliminaryFigures() {
    }

    /** For each column of the table, whether its figures for {@code year} are preliminary. */
    static boolean[] columns(Table table, int year) {
        List<Table.Column> columns = table.columns();
        boolean[] preliminary = new boolean[columns.size()];
        if (table.caption() == null || !KOSTRA.matcher(table.caption()).find()) {
            return preliminary;
        }
        boolean yearColumns = columns.stream().anyMatch(c -> c.label() != null && A_YEAR.matcher(c.label()).find());
        Pattern reportingYear = Pattern.compile("(?<!\\d)" + year + "(?!\\d)");
        for (int i = 0; i < preliminary.length; i++) {
            String label = columns.get(i).label();
            preliminary[i] = !yearColumns || (label != null && reportingYear.matcher(label).find());
        }
        return preliminary;
    }
}
