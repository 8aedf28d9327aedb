package no.arsberetning.keyfigures.groups;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator sends to create or change a peer group. */
record GroupEdit(
        @NotBlank(message = "Gruppen må ha et navn.") @Size(max = 200, message = "Høyst 200 tegn.") String label,
        @NotNull(message = "Oppgi hva slags gruppe det er (kostra, asss, own eller custom).") GroupKind kind,
        @Size(max = 2000, message = "Høyst 2000 tegn.") String description,
        @NotNull(message = "Oppgi medlemmene (regionkoder).") @Size(max = 1000, message = "Høyst 1000 medlemmer.")
        List<@NotNull @Pattern(regexp = "[\\p{Alnum}]{1,12}", message = "En regionkode har bare bokstaver og sifre.") String> members,
        @Pattern(regexp = "[\\p{Alnum}]{1,12}", message = "En regionkode har bare bokstaver og sifre.") String aggregate) {
}
