package no.arsberetning.climate.trajectory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import no.arsberetning.climate.printed.PrintedValue;

/** The trajectory as a controller saves it: reference year, reported cuts and targets (each as printed). */
record TrajectoryEdit(
        @NotNull(message = "Oppgi referanseåret.") @Min(value = 1990, message = "Referanseåret må være 1990 eller senere.")
        @Max(value = 2100, message = "Referanseåret må være før 2100.") Integer referenceYear,
        @NotNull(message = "Oppgi rapporterte kutt (tom liste hvis ingen).") @Size(max = 100) List<@Valid StatementEdit> points,
        @NotNull(message = "Oppgi målene (tom liste hvis ingen).") @Size(max = 100) List<@Valid StatementEdit> targets) {

    /** A cut or target: the year (null when the text names none), the cut as printed («20 prosent»), the sentence. */
    record StatementEdit(
            @Min(value = 1990, message = "Året må være 1990 eller senere.") @Max(value = 2100, message = "Året må være før 2100.") Integer year,
            @NotBlank(message = "Oppgi kuttet, f.eks. «20 prosent».") @PrintedValue String reduction,
            @Size(max = 2000, message = "Høyst 2 000 tegn.") String text) {
    }
}
