package no.arsberetning.common.tables;

import java.time.Instant;

/**
 * The origins a year opened from an earlier one gives its values ({@link Provenance#source()}): the opening
 * itself (the structure, and the new year's empty cells), and values carried from the earlier year's release or,
 * when it had none, from its working data. {@link Provenance#fileName()} names the year ("2023") or the year and
 * release ("2023/2"); a release's content hash is its {@link Provenance#fileSha256()}.
 */
public final class CarriedProvenance {

    public static final String YEAR_OPENING = "year-opening";
    public static final String RELEASE = "release";
    public static final String WORKING_DATA = "working-data";

    private CarriedProvenance() {
    }

    public static Provenance opening(int from, String by, Instant at) {
        return new Provenance(YEAR_OPENING, String.valueOf(from), null, by, at);
    }

    /** In Norwegian, for the report's list of sources; null when the provenance is none of these. */
    public static String describe(Provenance p) {
        String where = p.fileName() == null ? "" : p.fileName();
        return switch (p.source() == null ? "" : p.source()) {
            case YEAR_OPENING -> "Åpnet fra årsberetningen for " + where;
            case RELEASE -> {
                int slash = where.indexOf('/');
                yield slash < 0 ? "Årsberetningen for " + where
                        : "Årsberetningen for " + where.substring(0, slash) + ", utgivelse " + where.substring(slash + 1);
            }
            case WORKING_DATA -> "Arbeidsdataene for " + where + " (ikke publisert)";
            default -> null;
        };
    }
}
