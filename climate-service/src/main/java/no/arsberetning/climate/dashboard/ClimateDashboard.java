package no.arsberetning.climate.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.arsberetning.climate.goals.ClimateGoals;
import no.arsberetning.climate.goals.GoalView;
import no.arsberetning.climate.printed.Markup;
import no.arsberetning.climate.printed.Measure;
import no.arsberetning.climate.trajectory.EmissionTrajectory;
import no.arsberetning.climate.trajectory.TrajectoryView;
import no.arsberetning.common.dashboard.DashboardPart;
import no.arsberetning.common.dashboard.DashboardPart.GoalList;
import no.arsberetning.common.dashboard.DashboardPart.GoalSummary;
import no.arsberetning.common.dashboard.DashboardPart.LineChart;
import no.arsberetning.common.dashboard.DashboardPart.Point;
import no.arsberetning.common.dashboard.DashboardPart.Series;
import no.arsberetning.common.dashboard.DashboardParts;
import no.arsberetning.common.numbers.PrintedNumbers;

import org.springframework.stereotype.Component;

/**
 * Climate's part of the overview: the climate goals with reported and computed status (the city's first,
 * then the organisation's), and the emission trajectory as a line chart with what it says in words.
 */
@Component
class ClimateDashboard implements DashboardParts {

    static final String GOALS_TITLE = "Klimamål";
    static final String TRAJECTORY_ID = "utslippsbane";

    private final ClimateGoals goals;
    private final EmissionTrajectory trajectory;

    ClimateDashboard(ClimateGoals goals, EmissionTrajectory trajectory) {
        this.goals = goals;
        this.trajectory = trajectory;
    }

    @Override
    public DashboardPart of(int year) {
        List<GoalSummary> summaries = goals.views(year).stream()
                .sorted(Comparator.comparing(GoalView::scope))
                .map(ClimateDashboard::summary)
                .toList();
        List<GoalList> goalLists = summaries.isEmpty() ? List.of() : List.of(new GoalList(GOALS_TITLE, summaries));
        List<LineChart> charts = trajectory.view(year).map(ClimateDashboard::chart).stream().toList();
        return new DashboardPart(year, List.of(), List.of(), goalLists, charts);
    }

    private static GoalSummary summary(GoalView goal) {
        return new GoalSummary("klima-" + goal.number(), "Mål " + goal.number() + ": " + Markup.plain(goal.text()),
                goal.reportedStatus() == null ? null : goal.reportedStatus().goalStatus(),
                goal.computedStatus() == null ? null : goal.computedStatus().goalStatus());
    }

    static LineChart chart(TrajectoryView view) {
        List<String> facts = new ArrayList<>();
        if (view.latest() != null) {
            facts.add("Siste rapporterte kutt: " + percent(view.latest().reduction()) + " (" + view.latest().year() + ").");
        }
        TrajectoryView.Outlook outlook = view.outlook();
        if (outlook != null) {
            facts.add("Mål for " + outlook.targetYear() + ": " + percent(outlook.target()) + ". Gjenstår: "
                    + outlook.remaining().text() + " prosentpoeng, " + outlook.requiredPerYear().text()
                    + " prosentpoeng per år; takten så langt er " + outlook.paceSoFar().text() + " prosentpoeng per år.");
        }
        List<Series> series = view.chart().series().stream()
                .map(s -> new Series(s.key(), s.label(), s.points().stream().map(p -> new Point(p.year(), p.value())).toList()))
                .toList();
        return new LineChart(TRAJECTORY_ID, "Klimagassutslipp – utslippsbane", facts, view.convention(), view.chart().unit(),
                view.chart().valueLabel(), series);
    }

    private static String percent(Measure measure) {
        return measure.value() == null ? "–" : PrintedNumbers.format(measure.value()) + " %";
    }
}
