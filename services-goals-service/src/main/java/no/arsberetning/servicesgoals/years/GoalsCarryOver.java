package no.arsberetning.servicesgoals.years;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Goal;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.years.CarryOver;
import no.arsberetning.common.years.Opening;
import no.arsberetning.servicesgoals.ServiceAreasProperties;
import no.arsberetning.servicesgoals.goals.Ambition;
import no.arsberetning.servicesgoals.goals.Goals;
import no.arsberetning.servicesgoals.goals.IndicatorEntry;
import no.arsberetning.servicesgoals.goals.IndicatorReadings;
import no.arsberetning.servicesgoals.goals.PeriodGoal;
import no.arsberetning.servicesgoals.goals.Reading;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The period goals whose period covers the new year, with their indicators and ambitions: the new year's result and
 * status start empty («ikke vurdert»), and the indicator's previous result is the earlier year's result as published
 * (its release; its working data without one). The plan period is the one configured
 * ({@code arsberetning.service-areas.plan-from/-to}); a goal whose every indicator's ambition names a horizon before
 * the new year has ended and stays in its year.
 */
@Component
@Order(1)
class GoalsCarryOver implements CarryOver {

    private final Goals goals;
    private final IndicatorReadings readings;
    private final ServiceAreasProperties plan;

    GoalsCarryOver(Goals goals, IndicatorReadings readings, ServiceAreasProperties plan) {
        this.goals = goals;
        this.readings = readings;
        this.plan = plan;
    }

    @Override
    public String kind() {
        return "goals";
    }

    @Override
    public int carry(Opening opening) {
        if (opening.year() < plan.planFrom() || opening.year() > plan.planTo()) {
            return 0;
        }
        var published = opening.prior().releasedGoals();
        int held = 0;
        for (PeriodGoal earlier : goals.all(opening.from())) {
            if (ended(earlier, opening.year())) {
                continue;
            }
            goals.createIfAbsent(next(earlier, published.get(earlier.key()), opening), opening.actor());
            held++;
        }
        return held;
    }

    static boolean ended(PeriodGoal goal, int year) {
        return !goal.indicators().isEmpty() && goal.indicators().stream().allMatch(i -> i.ambition() != null
                && i.ambition().horizon() != null && i.ambition().horizon() < year);
    }

    private PeriodGoal next(PeriodGoal earlier, Goal published, Opening opening) {
        List<IndicatorEntry> indicators = new ArrayList<>();
        for (IndicatorEntry i : earlier.indicators()) {
            indicators.add(new IndicatorEntry(i.index(), i.number(), i.text(), i.ambition(), null,
                    previousResult(i, published, opening.year()), GoalStatus.NOT_ASSESSED, null, null, null,
                    opening.provenance()));
        }
        return new PeriodGoal(PeriodGoal.idOf(opening.year(), earlier.key()), opening.year(), earlier.key(),
                earlier.chapter(), earlier.order(), earlier.areas(), earlier.text(), null, null, List.copyOf(indicators),
                opening.provenance(), null);
    }

    /** The earlier year's result as the new year's previous result: as published where the release has it. */
    private Reading previousResult(IndicatorEntry earlier, Goal published, int year) {
        String printed = null;
        if (published != null && earlier.index() - 1 < published.indicators().size()) {
            printed = published.indicators().get(earlier.index() - 1).result();
        } else if (earlier.result() != null) {
            printed = earlier.result().printed();
        }
        if (printed == null || printed.isBlank()) {
            return null;
        }
        Ambition ambition = earlier.ambition();
        return readings.previousResult(printed, ambition, year);
    }
}
