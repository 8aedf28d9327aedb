package no.arsberetning.servicesgoals.goals;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.imports.Sheet;

/**
 * An area's goal report as a spreadsheet, to fill in and import: one row per goal (its assessment in the
 * last column) followed by one row per indicator («5.1/3»: result, status in the reporter's words,
 * comment). The other columns are there to read and are not imported.
 */
final class GoalSheets {

    static final String SHEET = "mål";
    static final String KEY = "Nøkkel";
    static final String TEXT = "Mål / indikator";
    static final String AMBITION = "Ambisjon";
    static final String RESULT = "Resultat";
    static final String STATUS = "Status";
    static final String COMMENT = "Kommentar";
    static final String ASSESSMENT = "Vurdering av målet";
    static final List<String> HEADER = List.of(KEY, TEXT, AMBITION, RESULT, STATUS, COMMENT, ASSESSMENT);

    private GoalSheets() {
    }

    static Sheet toSheet(List<PeriodGoal> goals) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (PeriodGoal goal : goals) {
            rows.add(List.of(goal.key(), nz(goal.text()), "", "", "", "", nz(goal.assessment())));
            for (IndicatorEntry i : goal.indicators()) {
                rows.add(List.of(indicatorKey(goal, i), nz(i.text()), i.ambition() == null ? "" : nz(i.ambition().printed()),
                        i.result() == null ? "" : nz(i.result().printed()), status(i), nz(i.comment()), ""));
            }
        }
        return new Sheet(SHEET, rows);
    }

    static String indicatorKey(PeriodGoal goal, IndicatorEntry indicator) {
        return goal.key() + "/" + indicator.index();
    }

    /** The status as the sheet shows it: the reporter's wording, else the status's label. */
    static String status(IndicatorEntry i) {
        return i.statusWording() != null ? i.statusWording() : i.reportedStatus() == null ? "" : i.reportedStatus().label();
    }

    /** Texts compared as a person reads them: spacing ignored, empty and missing alike. */
    static boolean same(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    private static String normalized(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ");
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
