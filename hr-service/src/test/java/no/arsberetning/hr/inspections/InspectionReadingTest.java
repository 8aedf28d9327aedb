package no.arsberetning.hr.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Reading an inspection's facts from the printed wording. */
class InspectionReadingTest {

    @Test
    void ordersAreCountedFromTheirWordsAndNoneFromNegations() {
        assertThat(InspectionReading.ordersCount("sju pålegg")).isEqualTo(7);
        assertThat(InspectionReading.ordersCount("et pålegg")).isEqualTo(1);
        assertThat(InspectionReading.ordersCount("Det var ingen avvik eller pålegg.")).isZero();
        assertThat(InspectionReading.ordersCount("Det ble ikke påpekt noen lovbrudd og følgelig ikke ilagt noen pålegg.")).isZero();
        assertThat(InspectionReading.ordersCount(null)).isNull();
    }

    @Test
    void theOutcomeReadsNegationsBeforeFindings() {
        assertThat(InspectionReading.outcome(6, "…")).isEqualTo(Outcome.ORDERS);
        assertThat(InspectionReading.outcome(null, "Ved Lade hjemmetjeneste ble det ikke funnet brudd på regelverket."))
                .isEqualTo(Outcome.NO_DEVIATIONS);
        assertThat(InspectionReading.outcome(null, "Tilsynet ble avsluttet uten avvik, med tre gjenstående enkeltfeil."))
                .isEqualTo(Outcome.NO_DEVIATIONS);
        assertThat(InspectionReading.outcome(null, "Statsforvalteren fant to lovbrudd.")).isEqualTo(Outcome.DEVIATIONS);
        assertThat(InspectionReading.outcome(null, "Et møte ble holdt.")).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void followUpIsClosedOnlyWhenNothingIsLeftToDo() {
        assertThat(InspectionReading.followUpStatus(Outcome.ORDERS, null)).isEqualTo(FollowUpStatus.NOT_DESCRIBED);
        assertThat(InspectionReading.followUpStatus(Outcome.NO_DEVIATIONS, null)).isEqualTo(FollowUpStatus.NOT_NEEDED);
        assertThat(InspectionReading.followUpStatus(Outcome.DEVIATIONS, "Disse er lukket.")).isEqualTo(FollowUpStatus.CLOSED);
        assertThat(InspectionReading.followUpStatus(Outcome.ORDERS,
                "Skolen arbeider tett med Arbeidsmiljøenheten for å lukke pålegg 1-3. Pålegg 5 er allerede lukket."))
                .isEqualTo(FollowUpStatus.IN_PROGRESS);
    }

    @Test
    void theDeadlineIsTheDateAfterFristOrInnen() {
        assertThat(InspectionReading.deadline("Skolen har fått frist til 30.6.2024 med å lukke avvik."))
                .isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(InspectionReading.deadline("Innen 04.12.2023 ble følgende oversendt")).isEqualTo(LocalDate.of(2023, 12, 4));
        assertThat(InspectionReading.deadline("Denne er sendt Statsforvalteren den 30.1.2024.")).isNull();
    }
}
