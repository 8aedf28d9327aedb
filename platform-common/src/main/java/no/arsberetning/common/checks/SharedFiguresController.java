package no.arsberetning.common.checks;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.figures.FigureStore;
import no.arsberetning.common.figures.StatedFigures;
import no.arsberetning.common.tables.TableStore;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET <prefix>/{year}/checks/figures}: the figures this service declares for cross-service comparison. */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/checks/figures")
class SharedFiguresController {

    private final TableStore tables;
    private final FigureStore stated;
    private final List<SharedFigures> declared;

    SharedFiguresController(TableStore tables, FigureStore stated, List<SharedFigures> declared) {
        this.tables = tables;
        this.stated = stated;
        this.declared = declared;
    }

    @GetMapping
    List<SharedFigure> figures(@PathVariable int year) {
        StatedFigures text = stated.find(year).orElse(StatedFigures.none(year));
        ChapterData data = new ChapterData(year, tables.all(year), text.figures(), text.claims());
        List<SharedFigure> figures = new ArrayList<>();
        declared.forEach(d -> figures.addAll(d.shared(data)));
        return figures;
    }
}
