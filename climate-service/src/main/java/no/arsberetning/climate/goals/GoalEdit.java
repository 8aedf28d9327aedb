package no.arsberetning.climate.goals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A goal as a controller saves it (the whole goal: read it, change it, send it back with its ETag). Markup
 * in text, status/indicator, wording and comment is sanitized on saving.
 */
record GoalEdit(
        @NotBlank(message = "Oppgi målets tekst.") @Size(max = 2000, message = "Høyst 2 000 tegn.") String text,
        @NotNull(message = "Oppgi omfang: city eller organisation.")
        @Pattern(regexp = GoalScope.CODES, message = "Omfang må være city eller organisation.") String scope,
        @Size(max = 2000, message = "Høyst 2 000 tegn.") String statusIndicator,
        @NotNull(message = "Oppgi rapportert status: green, yellow, red eller not-assessed.")
        @Pattern(regexp = ClimateStatus.CODES, message = "Status må være green, yellow, red eller not-assessed.") String reportedStatus,
        @Size(max = 2000, message = "Høyst 2 000 tegn.") String statusWording,
        @Size(max = 20000, message = "Kommentaren kan være på høyst 20 000 tegn.") String comment,
        @Min(value = 1990, message = "Referanseåret må være 1990 eller senere.")
        @Max(value = 2100, message = "Referanseåret må være før 2100.") Integer referenceYear,
        @Size(max = 500, message = "Høyst 500 tegn.") String referenceValue,
        @Min(value = 1990, message = "Målåret må være 1990 eller senere.")
        @Max(value = 2100, message = "Målåret må være før 2100.") Integer targetYear,
        @Size(max = 500, message = "Høyst 500 tegn.") String targetValue,
        @NotNull(message = "Oppgi kilde for faktisk verdi: trajectory eller status-indicator.")
        @Pattern(regexp = ActualSource.CODES, message = "Kilden må være trajectory eller status-indicator.") String actualSource) {
}
