package no.arsberetning.climate.organisation;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/climate/{year}/organisation-indicators}: shares of electric cars, vans and heavy vehicles,
 * energy use and the like, as the chapter's text states them. Their values are changed as figures
 * ({@code PUT …/figures/{key}}).
 */
@RestController
class TextIndicatorsController {

    private final TextIndicators indicators;

    TextIndicatorsController(TextIndicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("${arsberetning.api-prefix}/{year}/organisation-indicators")
    List<TextIndicator> all(@PathVariable int year) {
        return indicators.all(year);
    }
}
