package no.arsberetning.common.checks;

import static no.arsberetning.common.checks.SmallTables.row;
import static no.arsberetning.common.checks.SmallTables.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.figures.StatedClaim;
import no.arsberetning.common.figures.StatedFigure;
import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import org.junit.jupiter.api.Test;

/**
 * A statement of a change between two values is read from its own wording («prosent», «prosentpoeng», a word of
 * decrease) and checked against the two values; percent used for percentage points, and the reverse, is named.
 */
class StatedChangeTest {

    private static final ReportedTable SHARES = table("5.1", "percent", List.of("2022", "2023"),
            row("andel", null, "10,0", "13,0"), row("avrundet", null, "87", "87,3"), row("fall", null, "40,0", "37,9"));
    private static final ReportedTable COUNTS = table("5.2", "count", List.of("2022", "2023"), row("deltakere", null, "1 061", "1 245"));

    private static List<Finding> check(String text, String value, String unit, String change) {
        StatedFigure figure = new StatedFigure("endring", text, value, unit, 1);
        ChapterData data = new ChapterData(2023, List.of(SHARES, COUNTS), List.of(figure),
                List.of(new StatedClaim("{endring}", "change", change, null, null, null, List.of())));
        return new StatedClaims().check(data);
    }

    private static final String SHARE = "[5.1|andel|2022] -> [5.1|andel|2023]";

    @Test
    void aRelativeChangeStatedInPercentHolds() {
        assertThat(check("andelen økte med 30 prosent", "30", "percent", SHARE)).isEmpty();
    }

    @Test
    void aDifferenceStatedInPercentagePointsHolds() {
        assertThat(check("andelen økte med 3 prosentpoeng", "3", "percentage-points", SHARE)).isEmpty();
    }

    @Test
    void aDifferenceInPointsCalledPercentIsFoundAndNamed() {
        assertThat(check("andelen økte med 3 prosent", "3", "percent", SHARE)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(StatedChange.PERCENT_FOR_POINTS);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("30 %");
            assertThat(f.actual()).isEqualTo("3 %");
            assertThat(f.message()).contains("«andelen økte med 3 prosent»").contains("«3 prosentpoeng»")
                    .contains("fra 10,0 % til 13,0 %").contains("Forventet verdi");
            assertThat(f.places()).containsExactly("tekst:endring");
        });
    }

    @Test
    void aRelativeChangeCalledPercentagePointsIsFoundAndNamed() {
        assertThat(check("en økning på 30 prosentpoeng", "30", "percentage-points", SHARE)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(StatedChange.POINTS_FOR_PERCENT);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("3 prosentpoeng");
            assertThat(f.message()).contains("«30 prosent»");
        });
    }

    @Test
    void aStatementRightEitherWayHolds() {
        // 87 to 87,3 is 0,3 points and 0,34 %: 0,3 at the statement's precision either way
        assertThat(check("er økt med 0,3 prosent (fra 87 prosent til 87,3 prosent)", "0,3", "percent",
                "[5.1|avrundet|2022] -> [5.1|avrundet|2023]")).isEmpty();
        assertThat(check("er økt med 0,3 prosentpoeng", "0,3", "percentage-points",
                "[5.1|avrundet|2022] -> [5.1|avrundet|2023]")).isEmpty();
    }

    @Test
    void aStatementThatRoundingOfTheValuesExplainsIsOnlyARoundingDifference() {
        // 10,0 % to 13,0 %: the relative change is 30 %, between 29,4 and 30,6 given the rounding of both shares
        assertThat(check("andelen økte med 30,5 prosent", "30,5", "percent", SHARE)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(check("andelen økte med 32 prosent", "32", "percent", SHARE)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isIn(Severity.WARNING, Severity.ERROR));
    }

    @Test
    void aWordOfDecreaseMakesTheStatedChangeAFall() {
        // 40,0 to 37,9: a fall of 2,1 points, or 5,25 %
        assertThat(check("en nedgang på 2,1 prosentpoeng", "2,1", "percentage-points", "[5.1|fall|2022] -> [5.1|fall|2023]"))
                .isEmpty();
        assertThat(check("andelen ble redusert med 5,3 prosent", "5,3", "percent", "[5.1|fall|2022] -> [5.1|fall|2023]"))
                .isEmpty();
        assertThat(check("en nedgang på 2,1 prosent", "2,1", "percent", "[5.1|fall|2022] -> [5.1|fall|2023]"))
                .singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo(StatedChange.PERCENT_FOR_POINTS));
    }

    @Test
    void aChangeStatedInTheWrongDirectionIsNamed() {
        assertThat(check("en økning på 2,1 prosentpoeng", "2,1", "percentage-points", "[5.1|fall|2022] -> [5.1|fall|2023]"))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(StatedChange.DIRECTION);
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("Teksten sier økning");
                });
    }

    @Test
    void aRelativeChangeOfCountsIsCheckedWithoutPercentagePoints() {
        // 1 061 to 1 245 is 17,34 %
        assertThat(check("Fra 2022 til 2023 var det en økning på 17,3 prosent", "17,3", "percent",
                "#[5.2|deltakere|2022] -> #[5.2|deltakere|2023]")).isEmpty();
        assertThat(check("Fra 2022 til 2023 var det en økning på 18,3 prosent", "18,3", "percent",
                "#[5.2|deltakere|2022] -> #[5.2|deltakere|2023]")).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(StatedChange.RULE);
                    assertThat(f.expected()).isEqualTo("17,3 %");
                    assertThat(f.message()).doesNotContain("prosentpoeng");
                });
    }

    @Test
    void anAbsoluteChangeInTheValuesOwnUnitIsTheirDifference() {
        assertThat(check("en økning på 184 personer", "184", "count", "#[5.2|deltakere|2022] -> #[5.2|deltakere|2023]")).isEmpty();
        assertThat(check("en økning på 148 personer", "148", "count", "#[5.2|deltakere|2022] -> #[5.2|deltakere|2023]"))
                .singleElement().satisfies(f -> assertThat(f.expected()).isEqualTo("184"));
    }

    @Test
    void aChangeWithoutItsArrowIsAnUnreadableClaim() {
        assertThat(check("andelen økte med 3 prosent", "3", "percent", "[5.1|andel|2022]")).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo(StatedClaims.UNREADABLE));
    }

    @Test
    void theWordingIsReadAfterTheNumberAndTheDirectionBeforeIt() {
        assertThat(StatedChange.stated("økte med 3 prosentpoeng", "3", "percent")).isEqualTo(StatedChange.Stated.POINTS);
        assertThat(StatedChange.stated("økte med 3 % fra i fjor", "3", null)).isEqualTo(StatedChange.Stated.RELATIVE);
        assertThat(StatedChange.stated("økte med 3 personer", "3", "percent")).isEqualTo(StatedChange.Stated.ABSOLUTE);
        assertThat(StatedChange.falls("Energiforbruket ble redusert med 2,1 prosent sammenlignet med i 2022", "2,1")).isTrue();
        assertThat(StatedChange.falls("en økning på 4 prosent etter en nedgang året før", "4")).isFalse();
        assertThat(StatedChange.falls("Dette er en nedgang på 17 prosent fra 2022", "17")).isTrue();
        assertThat(StatedChange.stated("I 2023 økte andelen med 3 prosentpoeng", "3", "percent")).isEqualTo(StatedChange.Stated.POINTS);
    }
}
