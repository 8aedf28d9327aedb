package no.arsberetning.climate.goals;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

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

/** The climate goals: {@code /api/climate/{year}/goals}. Reading for readers, changing for controllers. */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/goals")
class GoalsController {

    private final ClimateGoals goals;
    private final GoalStore store;
    private final ChapterWrites writes;
    private final Clock clock;

    GoalsController(ClimateGoals goals, GoalStore store, ChapterWrites writes, Clock clock) {
        this.goals = goals;
        this.store = store;
        this.writes = writes;
        this.clock = clock;
    }

    @GetMapping
    List<GoalView> list(@PathVariable int year) {
        return goals.views(year);
    }

    @GetMapping("/{number}")
    ResponseEntity<GoalView> goal(@PathVariable int year, @PathVariable String number) {
        GoalView goal = goals.view(year, number);
        return ResponseEntity.ok().eTag(ETags.of(goal.version())).body(goal);
    }

    @PutMapping("/{number}")
    ResponseEntity<GoalView> update(@PathVariable int year, @PathVariable String number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody GoalEdit edit, Authentication who) {
        ClimateGoal before = store.get(year, number);
        writes.check(who, year, ClimateSections.GOALS, ifMatch, before.version());
        ClimateGoal after = new ClimateGoal(before.id(), year, number, before.order(), GoalScope.fromCode(edit.scope()),
                Markup.html(edit.text()), Markup.html(edit.statusIndicator()), ClimateStatus.fromCode(edit.reportedStatus()),
                blankToNull(Markup.html(edit.statusWording())), Markup.html(edit.comment()), edit.referenceYear(),
                blankToNull(edit.referenceValue()), edit.targetYear(), blankToNull(edit.targetValue()),
                ActualSource.fromCode(edit.actualSource()), before.seedLines(),
                Provenance.manual(who.getName(), clock.instant()), before.version());
        store.replace(before, after, who.getName());
        GoalView view = goals.view(year, number);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
