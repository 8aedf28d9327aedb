package no.arsberetning.climate.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import no.arsberetning.climate.trajectory.Trajectory.Statement;
import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table;
import org.junit.jupiter.api.Test;

class TrajectoryAnalysisTest {

    private static Trajectory trajectory(List<Statement> points, List<Statement> targets) {
        return new Trajectory("2023", 2023, 2009, points, targets, null, 0L);
    }

    private static Statement at(Integer year, String cut) {
        return new Statement(year, cut, null, null);
    }

    @Test
    void gapAndPaceFollowFromTheLatestCutAndTheTargets() {
        TrajectoryView v = TrajectoryAnalysis.of(trajectory(List.of(at(2022, "20 prosent")),
                List.of(at(2020, "10 prosent"), at(2023, "30 prosent"), at(2030, "80 prosent"))), 2023);

        assertThat(v.latest().year()).isEqualTo(2022);
        assertThat(v.targets()).extracting(TrajectoryView.TargetStatus::kind).containsExactly("interim", "interim", "final");
        assertThat(v.targets().get(0).reached()).isTrue();
        assertThat(v.targets().get(1).reached()).isFalse();
        assertThat(v.targets().get(1).gap().value()).isEqualByComparingTo("10");
        assertThat(v.targets().get(2).due()).isFalse();
        assertThat(v.outlook().yearsLeft()).isEqualTo(8);
        assertThat(v.outlook().requiredPerYear().text()).isEqualTo("7,5");
        assertThat(v.outlook().requiredAnnualRate().text()).isEqualTo("15,9");
        assertThat(v.outlook().paceSoFar().text()).isEqualTo("1,5");
        assertThat(v.outlook().projected().text()).isEqualTo("32,3");
    }

    @Test
    void theSteadyYearlyRateBringsTheLatestLevelToTheTarget() {
        BigDecimal rate = TrajectoryAnalysis.annualRate(new BigDecimal("20"), new BigDecimal("80"), 8);
        // 80 × (1 − r)^8 must be 20
        BigDecimal level = new BigDecimal("80").multiply(BigDecimal.ONE.subtract(rate.movePointLeft(2)).pow(8, MathContext.DECIMAL64));
        assertThat(level.subtract(new BigDecimal("20")).abs()).isLessThan(new BigDecimal("0.000001"));
        assertThat(TrajectoryAnalysis.annualRate(new BigDecimal("85"), new BigDecimal("80"), 5)).isEqualByComparingTo("0");
    }

    @Test
    void statementsOfTheSameYearThatDisagreeAreKeptAndMarked() {
        TrajectoryView v = TrajectoryAnalysis.of(trajectory(List.of(at(2022, "20 prosent"), at(2022, "21 prosent"), at(null, "20 prosent")),
                List.of(at(2030, "80 prosent"))), 2023);
        assertThat(v.reported()).hasSize(1);
        assertThat(v.reported().get(0).statementsAgree()).isFalse();
        assertThat(v.reported().get(0).reduction().value()).isEqualByComparingTo("20");
        assertThat(v.undated()).hasSize(1);
    }

    @Test
    void theTableAlternativeHoldsTheChartsNumbersAndSaysWhyACellIsEmpty() {
        TrajectoryView v = TrajectoryAnalysis.of(trajectory(List.of(at(2022, "20 prosent")),
                List.of(at(2023, "30 prosent"), at(2030, "80 prosent"))), 2023);
        Table table = TrajectoryTable.of(v);
        assertThat(table.number()).isNull();
        assertThat(table.columns()).extracting(Table.Column::key).containsExactly("reported", "targets", "required", "pace-so-far");
        assertThat(table.rows()).extracting(Table.Row::label).startsWith("2009", "2022", "2023").endsWith("2030");
        Table.Row y2023 = table.rows().stream().filter(r -> r.label().equals("2023")).findFirst().orElseThrow();
        assertThat(y2023.cells().get(0).reason()).isEqualTo(MissingReason.NOT_AVAILABLE_YET);
        assertThat(y2023.cells().get(1).value()).isEqualByComparingTo("30");
        assertThat(y2023.cells().get(2).text()).isEqualTo("27,5");
        Table.Row y2030 = table.rows().get(table.rows().size() - 1);
        assertThat(y2030.cells().get(0).reason()).isEqualTo(MissingReason.NOT_APPLICABLE);
        assertThat(y2030.cells().get(2).value()).isEqualByComparingTo("80");
        int points = v.chart().series().stream().mapToInt(s -> s.points().size()).sum();
        long filled = table.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.value() != null).count();
        assertThat(filled).isEqualTo(points);
    }

    @Test
    void withoutAReportedCutThereIsNoGapAndNoOutlook() {
        TrajectoryView v = TrajectoryAnalysis.of(trajectory(List.of(), List.of(at(2030, "80 prosent"))), 2023);
        assertThat(v.latest()).isNull();
        assertThat(v.targets().get(0).reached()).isNull();
        assertThat(v.outlook()).isNull();
    }
}
