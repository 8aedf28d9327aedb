package no.arsberetning.climate.years;

import java.util.List;

import no.arsberetning.climate.goals.ClimateGoal;
import no.arsberetning.climate.goals.ClimateStatus;
import no.arsberetning.climate.goals.GoalStore;
import no.arsberetning.common.years.CarryOver;
import no.arsberetning.common.years.Opening;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The climate goals whose target year is the new year or later (or that name none), with their reference and target:
 * the status, its indicator and the comment start empty, «ikke vurdert». A goal whose target year has passed stays
 * in its year.
 */
@Component
@Order(1)
class ClimateGoalsCarryOver implements CarryOver {

    private final GoalStore goals;

    ClimateGoalsCarryOver(GoalStore goals) {
        this.goals = goals;
    }

    @Override
    public String kind() {
        return "goals";
    }

    @Override
    public int carry(Opening opening) {
        List<ClimateGoal> next = goals.all(opening.from()).stream()
                .filter(g -> g.targetYear() == null || g.targetYear() >= opening.year())
                .map(g -> new ClimateGoal(ClimateGoal.idOf(opening.year(), g.number()), opening.year(), g.number(), g.order(),
                        g.scope(), g.text(), null, ClimateStatus.NOT_ASSESSED, null, null, g.referenceYear(),
                        g.referenceValue(), g.targetYear(), g.targetValue(), g.actualSource(), null, opening.provenance(), null))
                .toList();
        goals.createAllIfAbsent(next);
        return next.size();
    }
}
