package no.arsberetning.finance.years;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.years.CarryOver;
import no.arsberetning.common.years.FigureSlots;
import no.arsberetning.common.years.Opening;
import no.arsberetning.finance.figures.ChapterFigures;
import no.arsberetning.finance.figures.FigureStore;
import no.arsberetning.finance.figures.TextFigure;
import no.arsberetning.finance.fiscalrules.FiscalRules;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The figures of the chapter's text as slots for the new text to state ({@link FigureSlots}: the ids' years moved,
 * empty, those restating the earlier year filled from it), except the fiscal rules' targets: the council sets them
 * for the plan period, so they carry as they stand, with their origin.
 */
@Component
@Order(1)
class FiguresCarryOver implements CarryOver {

    private final FigureStore figures;

    FiguresCarryOver(FigureStore figures) {
        this.figures = figures;
    }

    @Override
    public String kind() {
        return "figures";
    }

    @Override
    public int carry(Opening opening) {
        ChapterFigures earlier = figures.find(opening.from()).orElse(null);
        if (earlier == null) {
            return 0;
        }
        Set<String> targets = FiscalRules.targetFigures();
        List<TextFigure> next = new ArrayList<>();
        Map<String, Provenance> own = new LinkedHashMap<>();
        for (FigureSlots.Slot<TextFigure> slot : FigureSlots.of(earlier.figures(), TextFigure::id, opening)) {
            TextFigure from = slot.from();
            if (targets.contains(from.id())) {
                next.add(from);
                own.put(from.id(), earlier.provenanceOf(from.id()));
            } else if (slot.restated() != null) {
                next.add(new TextFigure(slot.id(), slot.restated().text(), slot.restated().value(), from.unit(), null));
                own.put(slot.id(), opening.prior().provenance());
            } else {
                next.add(new TextFigure(slot.id(), "", "", from.unit(), null));
            }
        }
        figures.createIfAbsent(opening.year(), next, opening.provenance(), own);
        return next.size();
    }
}
