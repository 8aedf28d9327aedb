package no.arsberetning.servicesgoals.areas;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register over HTTP: {@code GET /areas} (codes, names, aliases, chapter),
 * {@code GET /areas/resolve?name=} (which code a printed name means) and {@code GET /{year}/chapters}.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}")
class AreasController {

    private final AreaRegister register;

    AreasController(AreaRegister register) {
        this.register = register;
    }

    @GetMapping("/areas")
    List<ServiceArea> areas() {
        return register.index().all();
    }

    @GetMapping("/areas/resolve")
    ServiceArea resolve(@RequestParam String name) {
        AreaIndex index = register.index();
        String code = index.resolve(name).orElseThrow(() -> new UnknownAreaException(name));
        return index.area(code).orElseThrow();
    }

    @GetMapping("/{year}/chapters")
    List<ChapterPlan.Chapter> chapters(@PathVariable int year) {
        return register.plan(year).map(ChapterPlan::chapters)
                .orElseThrow(() -> new NoSuchElementException("Ingen kapitler for " + year + "."));
    }
}
