package no.arsberetning.common.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import org.junit.jupiter.api.Test;

/** One defect, one finding: findings that rest on a shared printed place are grouped, led by the most severe. */
class FindingsTest {

    private static Finding finding(String rule, Severity severity, String table, String... places) {
        return new Finding(rule, severity, List.of(table), List.of("skole"), rule + " fant avviket.", "8,4", "9,4",
                List.of(places), List.of());
    }

    @Test
    void findingsSharingAPlaceAreOneFindingThatNamesEveryRuleTableAndPlace() {
        List<Finding> grouped = Findings.grouped(List.of(
                finding("deviation", Severity.WARNING, "4.1", "4.1/skole/avvik", "4.1/skole/budsjett"),
                finding("area-total", Severity.ERROR, "1.2", "1.2/skole/avvik", "4.1/skole/avvik"),
                finding("explanation", Severity.WARNING, "4.1", "tekst:skole-merforbruk", "1.2/skole/avvik"),
                finding("other", Severity.ERROR, "5.1", "5.1/helse/avvik")));
        assertThat(grouped).hasSize(2);
        Finding one = grouped.get(0);
        assertThat(one.rule()).isEqualTo("area-total");
        assertThat(one.severity()).isEqualTo(Severity.ERROR);
        assertThat(one.rules()).containsExactly("area-total", "deviation", "explanation");
        assertThat(one.tables()).containsExactly("1.2", "4.1");
        assertThat(one.places()).contains("4.1/skole/budsjett", "tekst:skole-merforbruk");
        assertThat(one.message()).startsWith("area-total fant avviket.").contains("2 kontroller til")
                .contains("deviation: deviation fant avviket.");
        assertThat(grouped.get(1).rule()).isEqualTo("other");
    }

    @Test
    void theLeadAmongEquallySevereFindingsIsTheMostAuthoritative() {
        List<Finding> grouped = Findings.grouped(List.of(
                finding("restatement", Severity.ERROR, "1.2", "1.2/skole/avvik"),
                finding("accounts", Severity.ERROR, "4.1", "1.2/skole/avvik")),
                f -> f.rule().equals("accounts") ? 0 : 1);
        assertThat(grouped).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("accounts"));
    }

    @Test
    void roundingDifferencesAndFindingsWithoutPlacesStandAlone() {
        List<Finding> grouped = Findings.grouped(List.of(
                finding("a", Severity.INFO, "4.1", "4.1/skole/avvik"),
                finding("b", Severity.WARNING, "4.1", "4.1/skole/avvik"),
                new Finding("missing", Severity.WARNING, List.of(), List.of(), "Mangler.", null, null),
                new Finding("missing-too", Severity.WARNING, List.of(), List.of(), "Mangler.", null, null)));
        assertThat(grouped).extracting(Finding::rule).containsExactly("a", "b", "missing", "missing-too");
    }
}
