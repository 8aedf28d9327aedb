package no.arsberetning.keyfigures.comparison;

import java.math.BigDecimal;

import no.arsberetning.keyfigures.store.RegionKind;

/**
 * One region in a comparison: its value (null when the source gives only a status; zero for the nil sign
 * {@code -}), Statistics Norway's status sign and what it means, and its rank (1 = the highest value) among the
 * compared municipalities. Aggregates (the country, a KOSTRA group's average …) asked for as peers are shown for
 * reference and not ranked.
 */
record Entry(String code, String label, RegionKind kind, BigDecimal value, String status, String statusText, Integer rank,
        boolean reference) {

    Entry ranked(int rank) {
        return new Entry(code, label, kind, value, status, statusText, rank, reference);
    }

    boolean rankable() {
        return !reference && value != null;
    }
}
