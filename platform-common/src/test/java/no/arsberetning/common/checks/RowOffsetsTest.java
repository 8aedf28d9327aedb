package no.arsberetning.common.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import org.junit.jupiter.api.Test;

/** Cells of one row that differ from the numbers they restate by the same amount are one defect. */
class RowOffsetsTest {

    private final List<Finding> findings = new ArrayList<>();
    private final List<RowOffsets.Compared> compared = new ArrayList<>();

    @Test
    void twoCellsOfARowOffByTheSameAmountAreOneFindingListingBoth() {
        compare("9.1/kultur/regnskap", "266,0", "270", Severity.ERROR);
        compare("9.1/kultur/revidert-budsjett", "268,2", "272", Severity.ERROR);
        compare("9.1/idrett/regnskap", "220,9", "229", Severity.ERROR);

        List<Finding> tied = RowOffsets.tied(findings, compared, "Tabell 1.2 er kilden.");

        assertThat(tied).hasSize(2);
        assertThat(tied.get(0)).satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RowOffsets.RULE);
            assertThat(f.rules()).containsExactly(RowOffsets.RULE, "same-figure");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.places()).containsExactlyInAnyOrder("9.1/kultur/regnskap", "1.2/kultur/regnskap",
                    "9.1/kultur/revidert-budsjett", "1.2/kultur/revidert-budsjett");
            assertThat(f.expected()).isEqualTo("270");
            assertThat(f.actual()).isEqualTo("266,0");
            assertThat(f.message()).startsWith("Raden i tabell 9.1 er om lag 4 mill. kr lavere enn i tabell 1.2")
                    .contains("9.1/kultur/regnskap 266,0 mot 270", "9.1/kultur/revidert-budsjett 268,2 mot 272",
                            "ett avvik, samme beløp i 2 kolonner")
                    .endsWith("Tabell 1.2 er kilden.");
        });
        assertThat(tied.get(1)).isSameAs(findings.get(2));
    }

    @Test
    void aRowThatHoldsOrIsOffOnlyInOneCellIsLeftAsItIs() {
        compare("9.1/kultur/regnskap", "270,2", "270", null);
        compare("9.1/kultur/revidert-budsjett", "268,2", "272", Severity.ERROR);

        assertThat(RowOffsets.tied(findings, compared, "")).containsExactlyElementsOf(findings);
    }

    @Test
    void amountsThatOnlyRoundingOfThePrintedNumbersSetsApartAreTheSameAmount() {
        // 1 090,1 against 1 081 is 8,55–9,65 over; 1 035,8 against 1 026 is 9,25–10,35 over: both can be 9,3–9,6
        compare("18.1/tekniske/regnskap", "1 090,1", "1081", Severity.ERROR);
        compare("18.1/tekniske/revidert-budsjett", "1 035,8", "1026", Severity.ERROR);

        assertThat(RowOffsets.tied(findings, compared, "")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RowOffsets.RULE);
            assertThat(f.message()).contains("om lag 9 mill. kr høyere");
        });
    }

    @Test
    void amountsThatRoundingCannotReconcileStayTwoFindings() {
        // 1 090,1 against 1 081 is at most 9,65 over; 1 036,3 against 1 026 at least 9,75: one tenth too far apart
        compare("18.1/tekniske/regnskap", "1 090,1", "1081", Severity.ERROR);
        compare("18.1/tekniske/revidert-budsjett", "1 036,3", "1026", Severity.ERROR);

        assertThat(RowOffsets.tied(findings, compared, "")).containsExactlyElementsOf(findings);
    }

    @Test
    void cellsOffByDifferentAmountsOrTheSameAmountTheOtherWayStaySeparateFindings() {
        // swapped budgets: one 5,5 below, the other 5,3 above
        compare("14.1/naering/revidert-budsjett", "21,5", "27", Severity.ERROR);
        compare("14.1/naering/opprinnelig-budsjett", "27,3", "22", Severity.ERROR);
        // one row, 4 and 8 off
        compare("11.1/kultur/regnskap", "266,0", "270", Severity.ERROR);
        compare("11.1/kultur/revidert-budsjett", "264,2", "272", Severity.ERROR);

        assertThat(RowOffsets.tied(findings, compared, "")).containsExactlyElementsOf(findings);
    }

    @Test
    void cellsOffByTheSameAmountInDifferentRowsAreNotTied() {
        compare("11.1/kultur/regnskap", "266,0", "270", Severity.ERROR);
        compare("11.1/idrett/regnskap", "266,0", "270", Severity.ERROR);

        assertThat(RowOffsets.tied(findings, compared, "")).hasSize(2);
    }

    private void compare(String place, String printed, String expected, Severity severity) {
        String table = place.substring(0, place.indexOf('/'));
        String reference = "1.2" + place.substring(place.indexOf('/'));
        Finding finding = severity == null ? null : new Finding("same-figure", severity, List.of(table, "1.2"), List.of("kultur"),
                "Tallet er ulikt.", expected, printed, List.of(place, reference), List.of());
        if (finding != null) {
            findings.add(finding);
        }
        compared.add(new RowOffsets.Compared(finding, place, place, Interval.printed(number(printed), false),
                Interval.printed(number(expected), false), "MNOK", "tabell " + table, "tabell 1.2"));
    }

    private static BigDecimal number(String printed) {
        return new BigDecimal(printed.replace(" ", "").replace(',', '.'));
    }
}
