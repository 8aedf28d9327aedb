package no.arsberetning.climate.figures;

import no.arsberetning.climate.printed.Measure;
import no.arsberetning.common.tables.Provenance;

/**
 * A figure as read: the printed value read as a number where it is one (counts written as words included),
 * with the unit the transcription gives; otherwise the measure says why it is not a number.
 */
public record FigureView(String key, String text, Measure measure, Integer seedLine, Provenance provenance, long version) {

    public static FigureView of(ChapterFigure f) {
        Measure read = Measure.of(f.value(), f.unit());
        if (!read.isNumber() && "count".equals(f.unit())) {
            read = NumberWords.read(f.value())
                    .map(n -> new Measure(f.value(), n, f.unit(), null, null))
                    .orElse(read);
        }
        return new FigureView(f.key(), f.text(), read, f.seedLine(), f.provenance(), f.version());
    }
}
