package no.arsberetning.keyfigures.store;

import java.util.List;

/** A region of the statistics: code, label as the source names it, what kind it is, and the source's notes on it. */
public record Region(String code, String label, RegionKind kind, List<String> notes) {

    public Region {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A region the catalogue does not know: its code stands for its label. */
    public static Region unknown(String code) {
        return new Region(code, code, RegionKind.of(code, null), List.of());
    }
}
