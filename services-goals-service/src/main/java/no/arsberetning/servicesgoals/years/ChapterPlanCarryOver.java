package no.arsberetning.servicesgoals.years;

import no.arsberetning.common.years.CarryOver;
import no.arsberetning.common.years.Opening;
import no.arsberetning.servicesgoals.areas.AreaRegister;
import no.arsberetning.servicesgoals.areas.ChapterPlan;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Which chapter reports on which service areas, as in the earlier year. The area register itself (codes, names,
 * aliases) is not per year and is shared by every year, not copied.
 */
@Component
@Order(0)
class ChapterPlanCarryOver implements CarryOver {

    private final AreaRegister register;

    ChapterPlanCarryOver(AreaRegister register) {
        this.register = register;
    }

    @Override
    public String kind() {
        return "chapters";
    }

    @Override
    public int carry(Opening opening) {
        return register.plan(opening.from()).map(plan -> {
            register.addPlanIfAbsent(new ChapterPlan(opening.year(), plan.chapters()));
            return plan.chapters().size();
        }).orElse(0);
    }
}
