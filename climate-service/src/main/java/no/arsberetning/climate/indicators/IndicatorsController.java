package no.arsberetning.climate.indicators;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/climate/{year}/indicators}: the emission indicators per sector. They are changed as cells
 * of their table ({@code PATCH …/tables/{table}/cells}, or a CSV/XLSX import), by controllers.
 */
@RestController
class IndicatorsController {

    private final EmissionIndicators indicators;

    IndicatorsController(EmissionIndicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("${arsberetning.api-prefix}/{year}/indicators")
    List<EmissionIndicator> indicators(@PathVariable int year) {
        return indicators.all(year);
    }
}
