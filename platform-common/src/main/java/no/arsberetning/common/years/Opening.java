package no.arsberetning.common.years;

import java.time.Instant;

import no.arsberetning.common.tables.CarriedProvenance;
import no.arsberetning.common.tables.Provenance;

/**
 * A year being opened from an earlier one, as each {@link CarryOver} gets it.
 *
 * @param prior the earlier year's values: its newest release, or its working data when it has none
 */
public record Opening(int year, int from, String actor, Instant at, PriorYear prior) {

    /** A caption, label or title of the earlier year with its years moved to the new one ({@link YearLabels}). */
    public String advance(String text) {
        return YearLabels.advance(text, from, year);
    }

    /** The origin of what the opening creates: the structure and the new year's empty values. */
    public Provenance provenance() {
        return CarriedProvenance.opening(from, actor, at);
    }
}
