package no.arsberetning.climate.figures;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.arsberetning.climate.cycle.ChapterWrites;
import no.arsberetning.climate.cycle.ClimateSections;
import no.arsberetning.climate.printed.Markup;
import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.tables.Provenance;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/climate/{year}/figures}: the numbers stated in the chapter's text; a controller corrects one with If-Match. */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/figures")
class FiguresController {

    private final FigureStore store;
    private final ChapterWrites writes;
    private final Clock clock;

    FiguresController(FigureStore store, ChapterWrites writes, Clock clock) {
        this.store = store;
        this.writes = writes;
        this.clock = clock;
    }

    @GetMapping
    List<FigureView> list(@PathVariable int year) {
        return store.all(year).stream().map(FigureView::of).toList();
    }

    @GetMapping("/{key}")
    ResponseEntity<FigureView> figure(@PathVariable int year, @PathVariable String key) {
        ChapterFigure figure = store.get(year, key);
        return ResponseEntity.ok().eTag(ETags.of(figure.version())).body(FigureView.of(figure));
    }

    /** Changes the value (and, if given, the sentence) of a figure; the unit stays. */
    @PutMapping("/{key}")
    ResponseEntity<FigureView> update(@PathVariable int year, @PathVariable String key,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody FigureEdit edit, Authentication who) {
        ChapterFigure before = store.get(year, key);
        writes.check(who, year, ClimateSections.FIGURES, ifMatch, before.version());
        ChapterFigure after = new ChapterFigure(before.id(), year, before.order(), key,
                edit.text() == null ? before.text() : Markup.plain(edit.text()), edit.value().trim(), before.unit(),
                before.seedLine(), Provenance.manual(who.getName(), clock.instant()), before.version() + 1);
        store.replace(before, after, who.getName());
        return ResponseEntity.ok().eTag(ETags.of(after.version())).body(FigureView.of(after));
    }

    record FigureEdit(@NotNull(message = "Oppgi verdien slik den skal trykkes.") @Size(max = 100, message = "Høyst 100 tegn.") String value,
            @Size(max = 2000, message = "Høyst 2 000 tegn.") String text) {
    }
}
