package no.arsberetning.common.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.years.CarryOver;
import no.arsberetning.common.years.FigureSlots;
import no.arsberetning.common.years.Opening;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The figures of the text as slots for the new text to state ({@link FigureSlots}: the ids' years moved, empty, those
 * restating the earlier year filled from it), except those the service keeps as they stand ({@link KeptFigures}, e.g.
 * targets the council set for a plan period), which carry with their origin. The claims are not carried: they belong
 * to the text that states the numbers, which the new year writes anew.
 */
class FiguresCarryOver implements CarryOver {

    private final FigureStore figures;
    private final ObjectProvider<KeptFigures> kept;

    FiguresCarryOver(FigureStore figures, ObjectProvider<KeptFigures> kept) {
        this.figures = figures;
        this.kept = kept;
    }

    @Override
    public String kind() {
        return "figures";
    }

    @Override
    public int carry(Opening opening) {
        StatedFigures earlier = figures.find(opening.from()).orElse(null);
        if (earlier == null || earlier.figures().isEmpty()) {
            return 0;
        }
        KeptFigures keep = kept.getIfAvailable(() -> id -> false);
        List<StatedFigure> next = new ArrayList<>();
        Map<String, Provenance> own = new LinkedHashMap<>();
        for (FigureSlots.Slot<StatedFigure> slot : FigureSlots.of(earlier.figures(), StatedFigure::id, opening)) {
            StatedFigure from = slot.from();
            if (keep.kept(from.id())) {
                next.add(from);
                own.put(from.id(), earlier.provenanceOf(from.id()));
            } else if (slot.restated() != null) {
                next.add(new StatedFigure(slot.id(), slot.restated().text(), slot.restated().value(), from.unit(), null, from.shared()));
                own.put(slot.id(), opening.prior().provenance());
            } else {
                next.add(new StatedFigure(slot.id(), "", "", from.unit(), null, from.shared()));
            }
        }
        figures.createIfAbsent(opening.year(), earlier.section(), next, opening.provenance(), own);
        return next.size();
    }
}
