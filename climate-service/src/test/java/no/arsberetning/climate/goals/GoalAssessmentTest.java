package no.arsberetning.climate.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import no.arsberetning.climate.printed.Measure;
import org.junit.jupiter.api.Test;

/** The computed status: reached, not reached in time, on, behind or far behind the straight path. */
class GoalAssessmentTest {

    private static ClimateGoal goal(String indicator, Integer referenceYear, Integer targetYear, String target, ActualSource source) {
        return new ClimateGoal("2023:x", 2023, "x", 0, GoalScope.CITY, "Et mål", indicator, ClimateStatus.NOT_ASSESSED, null,
                "", referenceYear, null, targetYear, target, source, List.of(), null, 0L);
    }

    private static Optional<GoalAssessment.Actual> cut(int year, String value) {
        return Optional.of(new GoalAssessment.Actual(year, Measure.of(value, "percent"), "trajectory"));
    }

    @Test
    void aCutAtOrAboveTheTargetIsGreen() {
        GoalAssessment a = GoalAssessment.of(goal("-", 2009, 2020, "redusert med 10 prosent", ActualSource.TRAJECTORY),
                cut(2022, "20"), 2023);
        assertThat(a.status()).isEqualTo(ClimateStatus.GREEN);
        assertThat(a.explanation()).startsWith("Nådd");
    }

    @Test
    void aTargetWhoseYearHasComeAndIsNotReachedIsRed() {
        GoalAssessment a = GoalAssessment.of(goal("20 prosent kutt per 2022", 2009, 2023, "redusert med 30 prosent",
                ActualSource.TRAJECTORY), cut(2022, "20"), 2023);
        assertThat(a.status()).isEqualTo(ClimateStatus.RED);
        assertThat(a.explanation()).isEqualTo("Ikke nådd: 20 prosent per 2022, målet var 30 prosent i 2023.");
    }

    @Test
    void aFutureTargetIsJudgedAgainstTheStraightPathFromTheReferenceYear() {
        ClimateGoal to2030 = goal("-", 2010, 2030, "redusert med 80 prosent", ActualSource.TRAJECTORY);
        // path at 2020: 80 × 10/20 = 40
        assertThat(GoalAssessment.of(to2030, cut(2020, "40"), 2023).status()).isEqualTo(ClimateStatus.GREEN);
        assertThat(GoalAssessment.of(to2030, cut(2020, "30"), 2023).status()).isEqualTo(ClimateStatus.YELLOW);
        assertThat(GoalAssessment.of(to2030, cut(2020, "29,9"), 2023).status()).isEqualTo(ClimateStatus.RED);
        assertThat(GoalAssessment.of(to2030, cut(2020, "29,9"), 2023).explanation()).contains("krever 40,0 prosent per 2020");
    }

    @Test
    void theStatusIndicatorGivesTheActualUnlessItStatesTheReferenceYear() {
        GoalAssessment reached = GoalAssessment.of(goal("<p>10,1 prosent per 2023</p>", 2017, 2020, "redusert med 7 prosent",
                ActualSource.STATUS_INDICATOR), Optional.empty(), 2023);
        assertThat(reached.status()).isEqualTo(ClimateStatus.GREEN);
        assertThat(reached.actual().year()).isEqualTo(2023);

        GoalAssessment reference = GoalAssessment.of(goal("3,5 TWh i 2013", 2013, 2030, "på samme nivå som i 2013",
                ActualSource.STATUS_INDICATOR), Optional.empty(), 2023);
        assertThat(reference.actual()).isNull();
        assertThat(reference.status()).isNull();
    }

    @Test
    void withoutTwoComparableNumbersThereIsNoComputedStatus() {
        assertThat(GoalAssessment.of(goal("<p>Bygg iht. mål.</p>", null, null, "reduseres minst 30 prosent",
                ActualSource.STATUS_INDICATOR), Optional.empty(), 2023).status()).isNull();
        assertThat(GoalAssessment.of(goal("-", 2009, 2030, null, ActualSource.TRAJECTORY), cut(2022, "20"), 2023).status()).isNull();
        assertThat(GoalAssessment.of(goal("5 TWh per 2022", 2009, 2030, "redusert med 10 prosent", ActualSource.STATUS_INDICATOR),
                Optional.empty(), 2023).explanation()).contains("ulik enhet");
    }

    @Test
    void theReportersWordingIsReadAsATrafficLight() {
        assertThat(StatusWording.classify("gul")).isEqualTo(ClimateStatus.YELLOW);
        assertThat(StatusWording.classify("Målet ble oppfylt med god margin.")).isEqualTo(ClimateStatus.GREEN);
        assertThat(StatusWording.classify("Målet er ikke nådd")).isEqualTo(ClimateStatus.RED);
        assertThat(StatusWording.classify("Regulering pågår")).isEqualTo(ClimateStatus.NOT_ASSESSED);
        assertThat(StatusWording.classify(null)).isEqualTo(ClimateStatus.NOT_ASSESSED);
    }
}
