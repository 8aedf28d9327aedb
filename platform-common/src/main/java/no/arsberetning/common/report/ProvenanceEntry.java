package no.arsberetning.common.report;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a table's numbers came from, in the report document (brief § 6): one entry of a table's
 * {@link Table#provenance()} list, which cells refer to by {@link #id()}.
 *
 * @param kind {@code demo} (the demo dataset, transcribed from the printed report), {@code file-import},
 *             {@code manual} (entered by hand), {@code external} (an external source such as a statistics table),
 *             {@code carried} (an earlier year's value, carried into a year opened from it: {@code source} names the
 *             release, {@code fileSha256} is its content hash) or {@code year-opening} (the structure of a year
 *             opened from an earlier one, and its cells not reported yet)
 * @param by who entered or imported it
 * @param at when it was entered, imported or (external) retrieved
 * @param fileName the imported file's name, when a file
 * @param fileSha256 the imported file's SHA-256 (hex), when a file
 * @param source the source's name: the printed report for demo data, the statistics table for external data
 * @param firstRelease the number of the first release of the year that published an identical value; null when
 *                     none has or when not computed (only published reports and the report document compute it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvenanceEntry(String id, String kind, String by, Instant at, String fileName, String fileSha256,
        String source, Integer firstRelease) {

    public static final String DEMO = "demo";
    public static final String FILE_IMPORT = "file-import";
    public static final String MANUAL = "manual";
    public static final String EXTERNAL = "external";
    public static final String CARRIED = "carried";
    public static final String YEAR_OPENING = "year-opening";

    public ProvenanceEntry withId(String newId) {
        return new ProvenanceEntry(newId, kind, by, at, fileName, fileSha256, source, firstRelease);
    }

    public ProvenanceEntry withFirstRelease(Integer release) {
        return new ProvenanceEntry(id, kind, by, at, fileName, fileSha256, source, release);
    }

    /** The same origin, whatever its id and first release. */
    public boolean sameOrigin(ProvenanceEntry other) {
        return other != null && java.util.Objects.equals(kind, other.kind) && java.util.Objects.equals(by, other.by)
                && java.util.Objects.equals(at, other.at) && java.util.Objects.equals(fileName, other.fileName)
                && java.util.Objects.equals(fileSha256, other.fileSha256) && java.util.Objects.equals(source, other.source);
    }
}
