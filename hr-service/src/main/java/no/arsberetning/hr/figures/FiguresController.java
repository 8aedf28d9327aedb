package no.arsberetning.hr.figures;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/hr/{year}/figures}: the numbers stated in the chapter's text, with the number read from each. */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/figures")
class FiguresController {

    private final FigureStore figures;

    FiguresController(FigureStore figures) {
        this.figures = figures;
    }

    @GetMapping
    List<Figure> list(@PathVariable int year) {
        return figures.of(year).figures();
    }
}
