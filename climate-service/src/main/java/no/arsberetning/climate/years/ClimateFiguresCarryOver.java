package no.arsberetning.climate.years;

import java.util.List;

import no.arsberetning.climate.figures.ChapterFigure;
import no.arsberetning.climate.figures.FigureStore;
import no.arsberetning.common.years.CarryOver;
import no.arsberetning.common.years.FigureSlots;
import no.arsberetning.common.years.Opening;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The figures the chapter's text states, as empty slots for the new text ({@link FigureSlots}). */
@Component
@Order(2)
class ClimateFiguresCarryOver implements CarryOver {

    private final FigureStore figures;

    ClimateFiguresCarryOver(FigureStore figures) {
        this.figures = figures;
    }

    @Override
    public String kind() {
        return "figures";
    }

    @Override
    public int carry(Opening opening) {
        List<FigureSlots.Slot<ChapterFigure>> slots = FigureSlots.of(figures.all(opening.from()), ChapterFigure::key, opening);
        List<ChapterFigure> next = slots.stream().map(slot -> {
            ChapterFigure restated = slot.restated();
            return new ChapterFigure(ChapterFigure.idOf(opening.year(), slot.id()), opening.year(), slot.from().order(),
                    slot.id(), restated == null ? "" : restated.text(), restated == null ? "" : restated.value(),
                    slot.from().unit(), null, restated == null ? opening.provenance() : opening.prior().provenance(), 0);
        }).toList();
        figures.createAllIfAbsent(next);
        return next.size();
    }
}
