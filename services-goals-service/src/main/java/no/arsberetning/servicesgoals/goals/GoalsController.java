package no.arsberetning.servicesgoals.goals;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.arsberetning.common.locking.ETags;
import no.arsberetning.servicesgoals.areas.AreaRegister;
import no.arsberetning.servicesgoals.web.InvalidFieldsException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Period goals and their indicators: read (filtered by area, however named, or chapter) with both
 * statuses, and report an indicator's result, status and comment with If-Match.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/goals")
class GoalsController {

    private final Goals goals;
    private final AreaRegister register;
    private final IndicatorReporting reporting;

    GoalsController(Goals goals, AreaRegister register, IndicatorReporting reporting) {
        this.goals = goals;
        this.register = register;
        this.reporting = reporting;
    }

    @GetMapping
    List<GoalView> goals(@PathVariable int year, @RequestParam(required = false) String area,
            @RequestParam(required = false) String chapter) {
        String code = area == null ? null : register.index().resolve(area)
                .orElseThrow(() -> InvalidFieldsException.of("area", "Ukjent tjenesteområde «" + area + "»."));
        return goals.all(year).stream()
                .filter(g -> code == null || g.areas().contains(code))
                .filter(g -> chapter == null || chapter.equals(g.chapter()))
                .map(GoalView::of)
                .toList();
    }

    @GetMapping("/{goal}")
    ResponseEntity<GoalView> goal(@PathVariable int year, @PathVariable String goal) {
        PeriodGoal found = goals.get(year, goal);
        return ResponseEntity.ok().eTag(ETags.of(found.version())).body(GoalView.of(found));
    }

    /**
     * Replaces the goal's assessment (If-Match: the goal's ETag): the reporters of the goal's areas, for the
     * area named in the body (code, name or alias) or their only one of the goal's areas, and controllers.
     */
    @PatchMapping("/{goal}")
    ResponseEntity<GoalView> assess(@PathVariable int year, @PathVariable String goal,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody GoalAssessment body, Authentication who) {
        PeriodGoal found = goals.get(year, goal);
        String area = reporting.reportingArea(found, body.area(), "area", who);
        ETags.requireMatch(ifMatch, found.version());
        PeriodGoal changed = reporting.assess(found, body.assessment(), area, who);
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(GoalView.of(changed));
    }

    /** Reports an indicator (If-Match: the goal's ETag). The area is the body's {@code area} or the caller's only one. */
    @PatchMapping("/{goal}/indicators/{index}")
    ResponseEntity<GoalView> report(@PathVariable int year, @PathVariable String goal, @PathVariable int index,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody IndicatorReport report, Authentication who) {
        PeriodGoal found = goals.get(year, goal);
        IndicatorReporting.indicator(found, index);
        String area = reporting.reportingArea(found, report.area(), "area", who);
        ETags.requireMatch(ifMatch, found.version());
        PeriodGoal changed = reporting.report(found, index, report, area, who);
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(GoalView.of(changed));
    }

    /**
     * A goal's assessment as its area's reporter writes it.
     *
     * @param area the service area reported for (code, name or alias); needed when the goal has several of
     *             the caller's areas
     */
    record GoalAssessment(@Size(max = 200, message = "Området kan være på høyst 200 tegn.") String area,
            @NotNull(message = "Oppgi vurderingen (tom tekst fjerner den).")
            @Size(max = 20000, message = "Vurderingen kan være på høyst 20 000 tegn.") String assessment) {
    }
}
