package no.arsberetning.servicesgoals.goals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.problem.Problems.FieldProblem;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.security.AreaAccess;
import no.arsberetning.common.tables.Provenance;
import no.arsberetning.common.workflow.SectionWorkflow;
import no.arsberetning.servicesgoals.areas.AreaIndex;
import no.arsberetning.servicesgoals.areas.AreaRegister;
import no.arsberetning.servicesgoals.areas.AreaSections;
import no.arsberetning.servicesgoals.goals.Reading.Basis;
import no.arsberetning.servicesgoals.goals.Reading.Source;
import no.arsberetning.servicesgoals.web.InvalidFieldsException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reporting an indicator's result, status and comment. Who: the reporters of the goal's areas (only for
 * an area of their token, however it is named) and controllers. When: while that area's section is open.
 */
@Component
class IndicatorReporting {

    private final Goals goals;
    private final AreaRegister register;
    private final SectionWorkflow workflow;
    private final IndicatorReadings readings;
    private final Clock clock;

    IndicatorReporting(Goals goals, AreaRegister register, SectionWorkflow workflow, IndicatorReadings readings, Clock clock) {
        this.goals = goals;
        this.register = register;
        this.workflow = workflow;
        this.readings = readings;
        this.clock = clock;
    }

    static IndicatorEntry indicator(PeriodGoal goal, int index) {
        if (index < 1 || index > goal.indicators().size()) {
            throw new NoSuchElementException("Målet «" + goal.key() + "» har ingen indikator " + index + ".");
        }
        return goal.indicators().get(index - 1);
    }

    /**
     * The area a person reports an indicator for: the one named (which must be theirs and the goal's), or
     * the only one of the goal's areas they may write.
     *
     * @param field the request field or parameter the area was named in, for error messages
     */
    String reportingArea(PeriodGoal goal, String named, String field, Authentication who) {
        if (goal.areas().stream().noneMatch(a -> AreaAccess.mayWrite(who, a))) {
            // Whichever area the body names: another area's goal is 403, not a question of naming.
            throw new AccessDeniedException("Du rapporterer ikke for noen av tjenesteområdene til målet «" + goal.key() + "».");
        }
        if (named != null && !named.isBlank()) {
            AreaIndex index = register.index();
            String code = index.resolve(named)
                    .orElseThrow(() -> InvalidFieldsException.of(field, "Ukjent tjenesteområde «" + named + "»."));
            AreaAccess.requireWrite(who, code);
            if (!goal.areas().contains(code)) {
                throw InvalidFieldsException.of(field, "Målet «" + goal.key() + "» gjelder ikke «" + index.nameOf(code) + "».");
            }
            return code;
        }
        List<String> mine = goal.areas().stream().filter(a -> AreaAccess.mayWrite(who, a)).toList();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("Du rapporterer ikke for noen av tjenesteområdene til målet «" + goal.key() + "».");
        }
        if (mine.size() > 1) {
            throw InvalidFieldsException.of(field, "Målet gjelder flere av dine tjenesteområder: oppgi hvilket du rapporterer for.");
        }
        return mine.get(0);
    }

    /** Replaces a goal's assessment (the reporting area's section must be open); the caller has checked the ETag. */
    PeriodGoal assess(PeriodGoal goal, String assessment, String area, Authentication who) {
        workflow.requireEditable(goal.year(), AreaSections.of(area));
        return goals.replaceAssessment(goal, assessment == null || assessment.isBlank() ? null : assessment, who.getName());
    }

    /** Applies a report to one indicator; the caller has checked the ETag. */
    PeriodGoal report(PeriodGoal goal, int index, IndicatorReport report, String area, Authentication who) {
        workflow.requireEditable(goal.year(), AreaSections.of(area));
        IndicatorEntry changed = apply(goal, indicator(goal, index), report, who);
        return goals.replaceIndicator(goal, changed, who.getName());
    }

    /** The indicator with the report applied, or every problem with the report as one 400. */
    IndicatorEntry apply(PeriodGoal goal, IndicatorEntry current, IndicatorReport report, Authentication who) {
        List<FieldProblem> problems = new ArrayList<>();
        if (report.isEmpty()) {
            problems.add(new FieldProblem("result", "Oppgi minst ett av result, resultValue, status, statusWording og comment."));
        }
        Reading result = current.result();
        if (report.result() != null) {
            result = report.result().isBlank() ? null : readings.result(report.result(), current.ambition(), goal.year());
        }
        if (report.resultValue() != null && !report.resultValue().isBlank()) {
            PrintedNumbers.Parsed parsed = PrintedNumbers.parse(report.resultValue());
            if (!parsed.isNumber()) {
                problems.add(new FieldProblem("resultValue", parsed.problem() != null ? parsed.problem()
                        : "«" + report.resultValue() + "» er ikke et tall."));
            } else {
                Ambition ambition = current.ambition();
                boolean change = ambition != null && (ambition.kind() == Ambition.Kind.CHANGE_PER_YEAR
                        || ambition.kind() == Ambition.Kind.CHANGE_OVER_PERIOD) && Units.PERCENT.equals(ambition.unit());
                String unit = PrintedNumbers.PERCENT.equals(parsed.unit()) ? Units.PERCENT
                        : parsed.unit() != null ? Units.of(parsed.unit()) : ambition == null ? null : ambition.unit();
                result = new Reading(result == null ? null : result.printed(), parsed.value(), unit,
                        change ? Basis.CHANGE : Basis.LEVEL, report.resultValue(), Source.REPORTED);
            }
        }
        GoalStatus status = current.reportedStatus();
        String wording = current.statusWording();
        if (report.status() != null) {
            Optional<GoalStatus> given = StatusWordings.fromWording(report.status());
            if (given.isEmpty()) {
                problems.add(new FieldProblem("status", "Ukjent status «" + report.status()
                        + "». Bruk reached, largely-reached, partly-reached, not-reached, not-measurable eller not-assessed."));
            } else {
                status = given.get();
                wording = report.statusWording() != null ? blankToNull(report.statusWording()) : null;
            }
        } else if (report.statusWording() != null) {
            Optional<GoalStatus> read = StatusWordings.fromWording(report.statusWording());
            if (read.isEmpty()) {
                problems.add(new FieldProblem("statusWording", "Formuleringen sier ikke om målet er nådd; oppgi også status."));
            } else {
                status = read.get();
                wording = blankToNull(report.statusWording());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        String comment = report.comment() != null ? blankToNull(report.comment()) : current.comment();
        return current.withReport(result, status, wording, comment, Provenance.manual(who.getName(), clock.instant()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
