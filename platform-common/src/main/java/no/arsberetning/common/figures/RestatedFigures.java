package no.arsberetning.common.figures;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.restatements.RestatedValues;
import no.arsberetning.common.restatements.Restatement;
import no.arsberetning.common.years.OpenedYear;
import no.arsberetning.common.years.PriorYear;
import no.arsberetning.common.years.YearLabels;

/**
 * The figures the new year's text states for the earlier year (an id naming it only, {@code …-2023} in 2024), against
 * the earlier year's figure of the same id: the value its published text stated.
 */
class RestatedFigures implements RestatedValues {

    private final FigureStore figures;

    RestatedFigures(FigureStore figures) {
        this.figures = figures;
    }

    @Override
    public List<Restatement> of(OpenedYear year, PriorYear prior) {
        StatedFigures now = figures.find(year.year()).orElse(null);
        StatedFigures then = figures.find(year.from()).orElse(null);
        List<Restatement> restated = new ArrayList<>();
        if (now == null || then == null) {
            return restated;
        }
        for (StatedFigure figure : now.figures()) {
            if (!YearLabels.namesEarlierYearOnly(figure.id(), year.from())) {
                continue;
            }
            then.find(figure.id()).ifPresent(earlier -> restated.add(new Restatement(null, null, figure.id(),
                    earlier.text(), null, null, null, year.from(), value(earlier), prior.release(), value(figure), null)));
        }
        return restated;
    }

    private static Restatement.Value value(StatedFigure figure) {
        return new Restatement.Value(figure.value(), figure.number());
    }
}
