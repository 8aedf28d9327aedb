package no.arsberetning.common.checks;

import java.util.List;

import no.arsberetning.common.figures.StatedFigure;

/** Every figure stated in the text that the transcription marks as shared ({@link StatedFigure#shared()}). */
class FigureShares implements SharedFigures {

    @Override
    public List<SharedFigure> shared(ChapterData data) {
        return data.figures().stream().filter(f -> f.shared() != null)
                .map(f -> SharedFigure.of(f.shared(), f.text(), Expr.figure(f.id()), data, "teksten")).toList();
    }
}
