package no.arsberetning.common.figures;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.tables.WritePolicy;
import no.arsberetning.common.workflow.SectionWorkflow;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures stated in the service's text, one API for every service: {@code GET <prefix>/{year}/figures}
 * and {@code …/figures/{id}} (with the figures' ETag), and {@code PATCH …/figures/{id}} with If-Match, for
 * controllers, while the figures' section is open.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/figures")
class FiguresController {

    private final FigureStore figures;
    private final SectionWorkflow workflow;

    FiguresController(FigureStore figures, SectionWorkflow workflow) {
        this.figures = figures;
        this.workflow = workflow;
    }

    @GetMapping
    ResponseEntity<FiguresView> figures(@PathVariable int year) {
        StatedFigures current = figures.get(year);
        return ResponseEntity.ok().eTag(ETags.of(current.version())).body(FiguresView.of(current));
    }

    @GetMapping("/{id}")
    ResponseEntity<FigureView> figure(@PathVariable int year, @PathVariable String id) {
        StatedFigures current = figures.get(year);
        return ResponseEntity.ok().eTag(ETags.of(current.version())).body(FigureView.of(current.get(id), current));
    }

    @PatchMapping("/{id}")
    ResponseEntity<FiguresView> setValue(@PathVariable int year, @PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody FigureEdit edit, Authentication who) {
        if (!WritePolicy.isController(who)) {
            throw new AccessDeniedException("Bare en kontroller kan endre tall i kapitlets tekst.");
        }
        StatedFigures current = figures.get(year);
        current.get(id);
        ETags.requireMatch(ifMatch, current.version());
        workflow.requireEditable(year, current.section());
        StatedFigures changed = figures.setValue(current, id, edit.value().strip(), edit.text(), who.getName());
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(FiguresView.of(changed));
    }

    /** A new printed value, and optionally the corrected sentence it stands in. */
    record FigureEdit(@NotBlank(message = "Oppgi verdien.") @StatedNumber @Size(max = 40, message = "Høyst 40 tegn.") String value,
            @Size(max = 2000, message = "Høyst 2 000 tegn.") String text) {
    }

    /** The year's figures, and what they claim (the checks read the claims). */
    record FiguresView(int year, long version, String section, List<FigureView> figures, List<StatedClaim> claims) {

        static FiguresView of(StatedFigures s) {
            return new FiguresView(s.year(), s.version(), s.section(), s.figures().stream().map(f -> FigureView.of(f, s)).toList(),
                    s.claims());
        }
    }

    /** A figure as printed, the number it states (null when none), whether it is stated loosely, and where it came from. */
    record FigureView(String id, String text, String value, BigDecimal number, String unit, boolean approximate,
            Integer seedLine, String shared, Provenance provenance) {

        static FigureView of(StatedFigure f, StatedFigures in) {
            return new FigureView(f.id(), f.text(), f.value(), f.number(), f.unit(), f.approximate(), f.seedLine(), f.shared(),
                    in.provenanceOf(f.id()));
        }
    }
}
