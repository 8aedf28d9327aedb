package no.arsberetning.servicesgoals.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.servicesgoals.goals.GoalView;
import no.arsberetning.servicesgoals.goals.GoalView.IndicatorView;
import no.arsberetning.servicesgoals.goals.Goals;
import no.arsberetning.servicesgoals.goals.StatusWordings;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reported goal statuses against the status the numbers give (where ambition and result are both numbers); a
 * status not given as such is read from the result's own words where they state one («Målet er nådd.»):
 * <ul>
 *   <li>{@code goal-status-contradicts-numbers} (warning): one says reached and the other does not;</li>
 *   <li>{@code goal-status-differs} (info): both say not (fully) reached, but to a different degree;</li>
 *   <li>{@code goal-status-not-reported} (info): the numbers give a status, but none is reported.</li>
 * </ul>
 */
@Component
@Order(4)
class GoalStatusRule implements CheckRule {

    private final Goals goals;

    GoalStatusRule(Goals goals) {
        this.goals = goals;
    }

    @Override
    public List<Finding> check(ChapterData data) {
        List<Finding> findings = new ArrayList<>();
        for (GoalView goal : goals.all(data.year()).stream().map(GoalView::of).toList()) {
            for (IndicatorView indicator : goal.indicators()) {
                finding(goal, indicator).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> finding(GoalView goal, IndicatorView i) {
        GoalStatus computed = i.computedStatus();
        GoalStatus reported = i.reportedStatus();
        String wording = i.statusWording();
        if (reported == GoalStatus.NOT_ASSESSED) {
            // no status given, but the result's own words may state one («Målet er nådd.»)
            Optional<String> stated = StatusWordings.sentenceIn(i.result() == null ? null : i.result().printed());
            if (stated.isPresent()) {
                reported = StatusWordings.fromWording(stated.get()).orElse(reported);
                wording = stated.get();
            }
        }
        if (computed == null || computed == reported) {
            return Optional.empty();
        }
        String where = "Mål " + goal.key() + ", indikator " + i.index() + " («" + shorten(i.text()) + "»): ";
        String expected = computed.label() + " – " + i.computedBasis();
        String actual = reported.label() + (wording != null ? " («" + wording + "»)" : "");
        if (reported == GoalStatus.NOT_ASSESSED || reported == GoalStatus.NOT_MEASURABLE) {
            return Optional.of(new Finding("goal-status-not-reported", Severity.INFO, List.of(), goal.areas(),
                    where + "tallene gir status «" + computed.label() + "», men ingen status er rapportert.", expected, actual));
        }
        if ((computed == GoalStatus.REACHED) != (reported == GoalStatus.REACHED)) {
            return Optional.of(new Finding("goal-status-contradicts-numbers", Severity.WARNING, List.of(), goal.areas(),
                    where + "rapportert «" + reported.label() + "», men tallene gir «" + computed.label() + "».", expected, actual));
        }
        return Optional.of(new Finding("goal-status-differs", Severity.INFO, List.of(), goal.areas(),
                where + "rapportert «" + reported.label() + "», tallene gir «" + computed.label() + "».", expected, actual));
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
