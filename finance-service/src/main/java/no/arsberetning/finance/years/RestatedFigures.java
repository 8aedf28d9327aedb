package no.arsberetning.finance.years;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.restatements.RestatedValues;
import no.arsberetning.common.restatements.Restatement;
import no.arsberetning.common.years.OpenedYear;
import no.arsberetning.common.years.PriorYear;
import no.arsberetning.common.years.YearLabels;
import no.arsberetning.finance.figures.ChapterFigures;
import no.arsberetning.finance.figures.FigureStore;
import no.arsberetning.finance.figures.TextFigure;

import org.springframework.stereotype.Component;

/**
 * The figures the new year's text states for the earlier year (an id naming it only, {@code …-2023} in 2024), against
 * the earlier year's figure of the same id: the value its published text stated.
 */
@Component
class RestatedFigures implements RestatedValues {

    private final FigureStore figures;

    RestatedFigures(FigureStore figures) {
        this.figures = figures;
    }

    @Override
    public List<Restatement> of(OpenedYear year, PriorYear prior) {
        ChapterFigures now = figures.find(year.year()).orElse(null);
        ChapterFigures then = figures.find(year.from()).orElse(null);
        List<Restatement> restated = new ArrayList<>();
        if (now == null || then == null) {
            return restated;
        }
        for (TextFigure figure : now.figures()) {
            if (!YearLabels.namesEarlierYearOnly(figure.id(), year.from())) {
                continue;
            }
            then.find(figure.id()).ifPresent(earlier -> restated.add(new Restatement(null, null, figure.id(),
                    earlier.text(), null, null, null, year.from(), value(earlier), prior.release(), value(figure), null)));
        }
        return restated;
    }

    private static Restatement.Value value(TextFigure figure) {
        return new Restatement.Value(figure.value(), figure.number());
    }
}
