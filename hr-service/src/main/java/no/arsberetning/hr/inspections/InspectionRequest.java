package no.arsberetning.hr.inspections;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A new or corrected inspection, as a controller sends it (every field; PUT replaces the whole). */
public record InspectionRequest(
        @NotBlank(message = "Oppgi tilsynsmyndigheten.") @Size(max = 200) String authority,
        @NotBlank(message = "Oppgi enheten som hadde tilsyn.") @Size(max = 300) String unit,
        @Size(max = 2000) String topic,
        @Size(max = 2000) String orders,
        @PositiveOrZero(message = "Antall pålegg kan ikke være negativt.") Integer ordersCount,
        @NotBlank(message = "Oppgi hva tilsynet fant.") @Size(max = 20000) String findings,
        @Size(max = 20000) String followUp,
        @NotNull(message = "Oppgi utfallet: no-deviations, deviations, orders eller unknown.") Outcome outcome,
        @NotNull(message = "Oppgi status for oppfølgingen: not-needed, not-described, in-progress eller closed.") FollowUpStatus followUpStatus,
        LocalDate deadline,
        @KnownServiceAreas List<String> areas) {
}
