package no.arsberetning.climate.trajectory;

import java.util.Optional;

import no.arsberetning.climate.printed.Measure;

import org.springframework.stereotype.Component;

/** The year's trajectory as analysed, and its latest reported cut for the goals that follow it. */
@Component
public class EmissionTrajectory {

    private final TrajectoryStore store;

    EmissionTrajectory(TrajectoryStore store) {
        this.store = store;
    }

    public Optional<TrajectoryView> view(int year) {
        return store.find(year).map(t -> TrajectoryAnalysis.of(t, year));
    }

    public Optional<LatestCut> latest(int year) {
        return view(year).map(TrajectoryView::latest).map(c -> new LatestCut(c.year(), c.reduction()));
    }

    /** The latest reported cut: the year and the reduction in percent of the reference year's emissions. */
    public record LatestCut(int year, Measure reduction) {
    }
}
