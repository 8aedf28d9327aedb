package no.arsberetning.climate.goals;

import java.util.List;
import java.util.Optional;

import no.arsberetning.climate.trajectory.EmissionTrajectory;

import org.springframework.stereotype.Component;

/** The year's goals with their computed status; the goals on direct emissions take the trajectory's latest cut. */
@Component
public class ClimateGoals {

    private final GoalStore store;
    private final EmissionTrajectory trajectory;

    ClimateGoals(GoalStore store, EmissionTrajectory trajectory) {
        this.store = store;
        this.trajectory = trajectory;
    }

    public List<GoalView> views(int year) {
        Optional<GoalAssessment.Actual> latest = latestCut(year);
        return store.all(year).stream().map(g -> GoalView.of(g, GoalAssessment.of(g, latest, year))).toList();
    }

    public GoalView view(int year, String number) {
        ClimateGoal goal = store.get(year, number);
        return GoalView.of(goal, GoalAssessment.of(goal, latestCut(year), year));
    }

    private Optional<GoalAssessment.Actual> latestCut(int year) {
        return trajectory.latest(year)
                .map(p -> new GoalAssessment.Actual(p.year(), p.reduction(), ActualSource.TRAJECTORY.code()));
    }
}
