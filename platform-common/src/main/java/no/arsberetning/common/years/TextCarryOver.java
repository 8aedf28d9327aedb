package no.arsberetning.common.years;

import no.arsberetning.common.texts.ReportText;
import no.arsberetning.common.texts.TextStore;

/**
 * Every text of the earlier year into the new one as an empty draft: same key, section and area, the title's years
 * moved. Last year's text is offered as a starting point ({@link PreviousYearTexts}), never copied into the new
 * report.
 */
class TextCarryOver implements CarryOver {

    private final TextStore texts;

    TextCarryOver(TextStore texts) {
        this.texts = texts;
    }

    @Override
    public String kind() {
        return "texts";
    }

    @Override
    public int carry(Opening opening) {
        int held = 0;
        for (ReportText earlier : texts.all(opening.from())) {
            texts.createIfAbsent(opening.year(), earlier.key(), earlier.section(), earlier.area(),
                    opening.advance(earlier.title()), "", opening.provenance());
            held++;
        }
        return held;
    }
}
