package no.arsberetning.climate.trajectory;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import no.arsberetning.climate.cycle.ChapterWrites;
import no.arsberetning.climate.cycle.ClimateSections;
import no.arsberetning.climate.printed.Markup;
import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.report.Table;
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

/**
 * {@code /api/climate/{year}/trajectory}: the trajectory with gap, pace and chart series
 * ({@code /trajectory/table} is the chart's table alternative); a controller replaces it with If-Match.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/trajectory")
class TrajectoryController {

    private final TrajectoryStore store;
    private final ChapterWrites writes;
    private final Clock clock;

    TrajectoryController(TrajectoryStore store, ChapterWrites writes, Clock clock) {
        this.store = store;
        this.writes = writes;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<TrajectoryView> trajectory(@PathVariable int year) {
        TrajectoryView view = TrajectoryAnalysis.of(store.get(year), year);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @GetMapping("/table")
    Table table(@PathVariable int year) {
        return TrajectoryTable.of(TrajectoryAnalysis.of(store.get(year), year));
    }

    @PutMapping
    ResponseEntity<TrajectoryView> update(@PathVariable int year,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TrajectoryEdit edit, Authentication who) {
        Trajectory before = store.get(year);
        writes.check(who, year, ClimateSections.TRAJECTORY, ifMatch, before.version());
        Trajectory after = new Trajectory(before.id(), year, edit.referenceYear(), statements(edit.points()),
                statements(edit.targets()), Provenance.manual(who.getName(), clock.instant()), before.version());
        TrajectoryView view = TrajectoryAnalysis.of(store.replace(before, after, who.getName()), year);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    private static List<Trajectory.Statement> statements(List<TrajectoryEdit.StatementEdit> edits) {
        return edits.stream()
                .map(e -> new Trajectory.Statement(e.year(), e.reduction().trim(), e.text() == null ? null : Markup.plain(e.text()), null))
                .toList();
    }
}
