package no.arsberetning.gateway.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.dashboard.DashboardPart;
import no.arsberetning.gateway.reports.ComposedReport.SourceStatus;

import org.junit.jupiter.api.Test;

/** A service whose report came but whose dashboard part did not is shown as missing, with the part's reason. */
class DashboardSourcesTest {

    @Test
    void aMissingDashboardPartMakesItsServiceUnavailableWithTheReason() {
        List<SourceStatus> report = List.of(
                new SourceStatus("finance", "Økonomi", List.of("1"), true, null, 10),
                new SourceStatus("hr", "Arbeidsgiverområdet", List.of("2"), true, null, 10),
                new SourceStatus("climate", "Klima", List.of("3"), false, "Klima svarte med feil (500).", 10));
        List<Dashboards.Part> parts = List.of(
                new Dashboards.Part("finance", DashboardPart.empty(2023), null),
                new Dashboards.Part("hr", DashboardPart.empty(2023), "Arbeidsgiverområdet svarte ikke innen 0,9 sekunder."),
                new Dashboards.Part("climate", DashboardPart.empty(2023), "Klima svarte med feil (503)."));

        List<SourceStatus> sources = Dashboards.sources(report, parts);

        assertThat(sources.get(0).available()).isTrue();
        assertThat(sources.get(1).available()).isFalse();
        assertThat(sources.get(1).reason()).isEqualTo("Arbeidsgiverområdet svarte ikke innen 0,9 sekunder.");
        assertThat(sources.get(2).reason()).as("the report's own reason stays").isEqualTo("Klima svarte med feil (500).");
    }
}
