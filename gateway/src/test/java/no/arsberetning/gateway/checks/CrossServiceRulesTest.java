package no.arsberetning.gateway.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.numbers.PrintedNumbers;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.gateway.services.ClimateApi;
import no.arsberetning.gateway.services.ServiceAreasApi;
import no.arsberetning.gateway.services.ServiceAreasApi.AreaAccount;
import no.arsberetning.gateway.services.ServiceApi.StoredColumn;
import no.arsberetning.gateway.services.ServiceApi.StoredRow;
import no.arsberetning.gateway.services.ServiceApi.StoredTable;
import org.junit.jupiter.api.Test;

/** The cross-service rules on figures as printed in the demo report. */
class CrossServiceRulesTest {

    private static final StoredTable TABLE_1_2 = table("1.2", List.of("Regnskap 2023", "Regulert budsjett 2023",
                    "Opprinnelig budsjett 2023", "Avvik"),
            row("Skoler", "skole", "2 495", "2 463", "2 287", "-32"),
            row("Barnehager", "barnehage", "1 982", "1 993", "1 885", "10"),
            row("Psykisk helse og rus", "psykisk-helse-og-rus", "326", "344", "329", "18"));

    @Test
    void anAreaWhoseChapterPrintsOtherFiguresIsFound() {
        List<Finding> findings = AreaAccountsRule.compare(TABLE_1_2, List.of(
                account("skole", "4.2", "2 495,0", "2 463,0", "2 287,0", "-32,0"),
                account("barnehage", "4.1", "1 982,2", "1 992,7", "1 886,3", "10,5"),
                account("psykisk-helse-og-rus", "7.1", "325,9", "325,9", "344,0", "18,1")));

        assertThat(findings).noneMatch(f -> f.areas().contains("skole"));
        assertThat(findings).filteredOn(f -> f.areas().contains("barnehage"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.tables()).containsExactly("1.2", "4.1");
                    assertThat(f.expected()).isEqualTo("1 886,3");
                    assertThat(f.actual()).isEqualTo("1 885");
                });
        assertThat(findings).filteredOn(f -> f.areas().contains("psykisk-helse-og-rus"))
                .extracting(Finding::severity).contains(Severity.ERROR);
    }

    @Test
    void climateInvestmentsThatDifferFromTheInvestmentStatementAreAnError() {
        StoredTable table14 = table("1.4", List.of("Regnskap 2023", "Regulert budsjett 2023", "Opprinnelig budsjett 2023", "Avvik"),
                row("Klimainvesteringer", null, "15,0", "73,6", "122,0", "58,6"));
        ClimateApi.Investments same = new ClimateApi.Investments("MNOK", measure("73,6"), measure("15,0"),
                new ClimateApi.FinanceLine("1.4", "Klimainvesteringer"));
        ClimateApi.Investments other = new ClimateApi.Investments("MNOK", measure("73,6"), measure("14,0"), null);

        assertThat(ClimateInvestmentsRule.compare(same, table14)).isEmpty();
        assertThat(ClimateInvestmentsRule.compare(other, table14)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("14,0", "15,0"));
    }

    private static ClimateApi.Measure measure(String text) {
        return new ClimateApi.Measure(text, PrintedNumbers.parse(text).value());
    }

    private static AreaAccount account(String area, String table, String... texts) {
        ServiceAreasApi.Amount[] amounts = new ServiceAreasApi.Amount[4];
        for (int i = 0; i < 4; i++) {
            amounts[i] = new ServiceAreasApi.Amount(PrintedNumbers.parse(texts[i]).value(), texts[i]);
        }
        return new AreaAccount(area, area, "4", table, "MNOK", amounts[0], amounts[1], amounts[2], amounts[3]);
    }

    private static StoredRow row(String label, String area, String... texts) {
        List<Cell> cells = java.util.Arrays.stream(texts).map(t -> Cell.of(PrintedNumbers.parse(t).value(), t, "MNOK")).toList();
        return new StoredRow(label.toLowerCase(), label, "line", area, cells);
    }

    private static StoredTable table(String number, List<String> columns, StoredRow... rows) {
        return new StoredTable(number, number, "t", "MNOK", null,
                columns.stream().map(c -> new StoredColumn(c, c, "NUMBER")).toList(), List.of(rows));
    }

}
