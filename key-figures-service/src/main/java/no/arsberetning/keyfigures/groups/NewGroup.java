package no.arsberetning.keyfigures.groups;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new peer group: its id (small letters, digits and hyphens) and the group itself. */
record NewGroup(
        @NotNull(message = "Oppgi en id.") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "Små bokstaver, sifre og bindestrek, høyst 40 tegn.")
        String id,
        @NotNull(message = "Oppgi gruppen.") @Valid GroupEdit group) {
}
