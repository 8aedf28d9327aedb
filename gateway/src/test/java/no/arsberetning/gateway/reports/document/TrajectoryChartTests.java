package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.report.Table;
import no.arsberetning.common.report.Table.Column;
import no.arsberetning.common.report.Table.Row;

import org.junit.jupiter.api.Test;

/** Finding the emission trajectory in whatever shape the climate table has, and nothing else. */
class TrajectoryChartTests {

    @Test
    void yearsAsRowsGiveOneLinePerColumn() {
        Table table = new Table(null, "Utslippsreduksjon sammenlignet med 2009", "percent", null,
                List.of(new Column("a", "Faktisk", "percent"), new Column("b", "Mål", "percent")),
                List.of(SampleReport.row("2009", "line", "0", ""), SampleReport.row("2022", "line", "-20", ""),
                        SampleReport.row("2030 (mål)", "line", "", "-80")));
        TrajectoryChart.Trajectory t = TrajectoryChart.of(table).orElseThrow();
        assertThat(t.years()).containsExactly(2009, 2022, 2030);
        assertThat(t.series()).extracting(TrajectoryChart.Series::name).containsExactly("Faktisk", "Mål");
        assertThat(t.series().get(1).points()).extracting(TrajectoryChart.Point::year).containsExactly(2030);
    }

    @Test
    void yearsAsColumnsGiveOneLinePerRow() {
        Table table = new Table("3.3", "Klimagassutslipp i Trondheim", "tonnes", null,
                List.of(new Column("a", "2009", "tonnes"), new Column("b", "2020", "tonnes"), new Column("c", "2022", "tonnes")),
                List.of(SampleReport.row("Veitrafikk", "line", "300 000", "250 000", "240 000"),
                        SampleReport.row("Sum", "total", "600 000", "500 000", "480 000")));
        TrajectoryChart.Trajectory t = TrajectoryChart.of(table).orElseThrow();
        assertThat(t.years()).containsExactly(2009, 2020, 2022);
        assertThat(t.series()).extracting(TrajectoryChart.Series::name).containsExactly("Veitrafikk", "Sum");
    }

    @Test
    void tablesThatAreNoTrajectoryAreLeftAlone() {
        Table indicators = new Table(null, "Indikatorer for klimagassutslipp i 2023", "mixed", null,
                List.of(new Column("i", "Indikator", null), new Column("v", "Verdi", null)),
                List.of(new Row("Veitrafikk", "line", List.of(SampleReport.text("Prosent endring 2022-2023"), SampleReport.text("1,6 prosent")))));
        Table money = new Table(null, "Investeringer som kutter utslipp", "MNOK", null,
                List.of(new Column("a", "2023", "MNOK"), new Column("b", "2024", "MNOK")),
                List.of(SampleReport.row("Ladestasjoner", "line", "12", "14")));
        Table oneYear = new Table(null, "Utslipp", "tonnes", null, List.of(new Column("a", "Utslipp", "tonnes")),
                List.of(SampleReport.row("2022", "line", "480 000")));
        Table otherTopic = new Table(null, "Sykefravær", "percent", null, List.of(new Column("a", "Fravær", "percent")),
                List.of(SampleReport.row("2022", "line", "8"), SampleReport.row("2023", "line", "9")));
        assertThat(TrajectoryChart.of(indicators)).isEmpty();
        assertThat(TrajectoryChart.of(money)).isEmpty();
        assertThat(TrajectoryChart.of(oneYear)).isEmpty();
        assertThat(TrajectoryChart.of(otherTopic)).isEmpty();
        assertThat(TrajectoryChart.of(null)).isEmpty();
    }

    @Test
    void aYearIsAShortLabelNamingExactlyOne() {
        assertThat(TrajectoryChart.year("2009")).isEqualTo(2009);
        assertThat(TrajectoryChart.year("<b>2030</b> (mål)")).isEqualTo(2030);
        assertThat(TrajectoryChart.year("2022-2023")).isNull();
        assertThat(TrajectoryChart.year("Prosent endring i årlig trafikkarbeid 2022")).isNull();
        assertThat(TrajectoryChart.year("12345")).isNull();
    }
}
