package no.arsberetning.gateway.reports.document;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.GoalStatus;

import no.arsberetning.gateway.reports.document.DocumentView.GoalView;
import no.arsberetning.gateway.reports.document.DocumentView.IndicatorView;

/**
 * Goals with their indicators. Both statuses are shown — the one the reporter gave and the one computed
 * from ambition and result — and a difference between them is marked in words, not by colour alone.
 */
final class GoalViews {

    static final String NOT_GIVEN = "Ikke oppgitt";
    static final String NOT_COMPUTED = "Ikke beregnet";
    static final String MISMATCH = "Avvik mellom rapportert og beregnet status";

    private GoalViews() {
    }

    static List<GoalView> of(List<Goal> goals, Ids ids, String chapterId) {
        List<GoalView> views = new ArrayList<>();
        for (Goal goal : goals == null ? List.<Goal>of() : goals) {
            if (goal == null) {
                continue;
            }
            List<IndicatorView> indicators = new ArrayList<>();
            for (Goal.Indicator indicator : goal.indicators() == null ? List.<Goal.Indicator>of() : goal.indicators()) {
                indicators.add(indicator(indicator));
            }
            String areas = goal.areas() == null || goal.areas().isEmpty() ? null : String.join(", ", goal.areas());
            String id = ids.unique(chapterId + "-mal-" + Ids.slug(goal.id() == null ? String.valueOf(views.size() + 1) : goal.id()));
            views.add(new GoalView(id, Markup.cell(goal.text()), areas, indicators));
        }
        return views;
    }

    static IndicatorView indicator(Goal.Indicator indicator) {
        GoalStatus reported = indicator.reportedStatus();
        GoalStatus computed = indicator.computedStatus();
        boolean mismatch = reported != null && computed != null && reported != computed;
        return new IndicatorView(Markup.cell(indicator.text()), Markup.cell(indicator.ambition()), Markup.cell(indicator.result()),
                reported == null ? NOT_GIVEN : reported.label(), blankToNull(indicator.reportedWording()),
                computed == null ? NOT_COMPUTED : computed.label(), mismatch);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : Markup.plain(text);
    }
}
