package no.arsberetning.keyfigures.groups;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a peer group comes from. */
public enum GroupKind {
    /** Statistics Norway's KOSTRA groups (municipalities of similar size and economic conditions). */
    @JsonProperty("kostra") KOSTRA,
    /** The ASSS network of the largest municipalities. */
    @JsonProperty("asss") ASSS,
    /** The municipality's own choice of peers. */
    @JsonProperty("own") OWN,
    /** Any other group an administrator has made. */
    @JsonProperty("custom") CUSTOM
}
