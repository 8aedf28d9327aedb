package no.arsberetning.common.years;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearLabelsTest {

    @Test
    void theReportingYearsOfALabelMoveWithTheOpenedYear() {
        assertThat(YearLabels.advance("Regnskap 2023", 2023, 2024)).isEqualTo("Regnskap 2024");
        assertThat(YearLabels.advance("Regnskap 2022", 2023, 2024)).isEqualTo("Regnskap 2023");
        assertThat(YearLabels.advance("Trondheim 2023", 2023, 2024)).isEqualTo("Trondheim 2024");
        assertThat(YearLabels.advance("Garantiansvar 2020-2023, per 31.12.2023", 2023, 2024))
                .isEqualTo("Garantiansvar 2021-2024, per 31.12.2024");
    }

    @Test
    void aYearOpenedTwoYearsLaterMovesLabelsByTwo() {
        assertThat(YearLabels.advance("Regnskap 2022 og 2023", 2023, 2025)).isEqualTo("Regnskap 2024 og 2025");
    }

    @Test
    void aReferenceYearLongAgoAndATargetYearAheadStayAsTheyAre() {
        assertThat(YearLabels.advance("Kutt siden 2009, mål for 2030", 2023, 2024)).isEqualTo("Kutt siden 2009, mål for 2030");
        assertThat(YearLabels.advance("Utslipp 2013", 2023, 2024)).isEqualTo("Utslipp 2013");
        assertThat(YearLabels.advance("Utslipp 2014", 2023, 2024)).isEqualTo("Utslipp 2015");
    }

    @Test
    void numbersThatAreNotYearsAreLeftAlone() {
        assertThat(YearLabels.advance("Tall i 1 000 kroner, 12023 enheter, 20230 kr", 2023, 2024))
                .isEqualTo("Tall i 1 000 kroner, 12023 enheter, 20230 kr");
        assertThat(YearLabels.advance(null, 2023, 2024)).isNull();
        assertThat(YearLabels.advance("Avvik", 2023, 2024)).isEqualTo("Avvik");
    }

    @Test
    void aLabelRestatesAnEarlierYearOnlyWhenEveryYearItNamesIsEarlier() {
        assertThat(YearLabels.namesEarlierYearOnly("Regnskap 2023", 2023)).isTrue();
        assertThat(YearLabels.namesEarlierYearOnly("Hele 2021", 2023)).isTrue();
        assertThat(YearLabels.namesEarlierYearOnly("Regnskap 2024", 2023)).isFalse();
        assertThat(YearLabels.namesEarlierYearOnly("Endring 2023-2024", 2023)).isFalse();
        assertThat(YearLabels.namesEarlierYearOnly("Avvik", 2023)).isFalse();
    }
}
