package no.arsberetning.common.tables;

import java.time.Instant;

/**
 * Where a number came from (brief § 6): who entered or imported it, from which file (name and SHA-256)
 * or external source, and when.
 *
 * @param source what kind of source: {@code demo-seed}, {@code file-import}, {@code manual}, or an
 *               external source such as a statistics table
 */
public record Provenance(String source, String fileName, String fileSha256, String by, Instant at) {

    public static Provenance manual(String by, Instant at) {
        return new Provenance("manual", null, null, by, at);
    }
}
