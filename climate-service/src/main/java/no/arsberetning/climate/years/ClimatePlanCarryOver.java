package no.arsberetning.climate.years;

import java.util.List;

import no.arsberetning.climate.investments.ClimateInvestments;
import no.arsberetning.climate.investments.InvestmentStore;
import no.arsberetning.climate.organisation.IndicatorDefinitions;
import no.arsberetning.climate.organisation.TextIndicators;
import no.arsberetning.climate.trajectory.Trajectory;
import no.arsberetning.climate.trajectory.TrajectoryStore;
import no.arsberetning.common.years.CarryOver;
import no.arsberetning.common.years.Opening;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the climate budget plans beyond one year: the emission trajectory's reference year and its targets still
 * ahead (the cuts reached are the new year's to state), which stated figures make up each indicator (with the years
 * of their ids moved as the figures' are), and the climate investment measures, their amounts and the chapter's
 * statement about them empty.
 */
@Component
@Order(3)
class ClimatePlanCarryOver implements CarryOver {

    private final TrajectoryStore trajectories;
    private final TextIndicators indicators;
    private final InvestmentStore investments;

    ClimatePlanCarryOver(TrajectoryStore trajectories, TextIndicators indicators, InvestmentStore investments) {
        this.trajectories = trajectories;
        this.indicators = indicators;
        this.investments = investments;
    }

    @Override
    public String kind() {
        return "plan";
    }

    @Override
    public int carry(Opening opening) {
        int held = 0;
        held += trajectories.find(opening.from()).map(t -> {
            trajectories.createIfAbsent(new Trajectory(Trajectory.idOf(opening.year()), opening.year(), t.referenceYear(),
                    List.of(), t.targets().stream().filter(s -> s.year() == null || s.year() >= opening.year()).toList(),
                    opening.provenance(), null));
            return 1;
        }).orElse(0);
        held += indicators.definitions(opening.from()).map(d -> {
            indicators.createIfAbsent(new IndicatorDefinitions(IndicatorDefinitions.idOf(opening.year()), opening.year(),
                    d.definitions().stream().map(def -> advanced(def, opening)).toList(), opening.provenance(), null));
            return 1;
        }).orElse(0);
        held += investments.find(opening.from()).map(i -> {
            investments.createIfAbsent(new ClimateInvestments(ClimateInvestments.idOf(opening.year()), opening.year(),
                    i.unit(), i.measures().stream().map(m -> new ClimateInvestments.InvestmentMeasure(m.key(), m.name(), "", "",
                            null, null)).toList(), null, null, opening.provenance(), null));
            return 1;
        }).orElse(0);
        return held;
    }

    private static IndicatorDefinitions.Definition advanced(IndicatorDefinitions.Definition d, Opening o) {
        return new IndicatorDefinitions.Definition(d.key(), d.scope(), o.advance(d.label()), d.unit(),
                d.values() == null ? null : d.values().stream().map(v -> new IndicatorDefinitions.ValueRef(o.advance(v.period()),
                        v.figures().stream().map(o::advance).toList())).toList(),
                d.target() == null ? null : new IndicatorDefinitions.TargetRef(o.advance(d.target().period()),
                        d.target().direction(), d.target().figures().stream().map(o::advance).toList()),
                d.share() == null ? null : new IndicatorDefinitions.ShareRef(o.advance(d.share().period()),
                        o.advance(d.share().part()), o.advance(d.share().whole())));
    }
}
