package no.arsberetning.common.releases;

import java.time.Instant;
import java.util.List;

import no.arsberetning.common.report.ReportDocument;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service's part of a numbered release: its report as it stood when the year was published, never
 * changed afterwards. A correction is a new release.
 *
 * @param idempotencyKey the publisher's key: a retry with the same key returns this release
 * @param notApproved sections that were not approved when the release was made (shown as such)
 * @param missingRequired the statutory items (checklist ids) the gateway found missing when it published;
 *        published anyway only with {@code overrideReason}
 * @param contentHash SHA-256 of the frozen report's canonical JSON
 */
@Document(ServiceRelease.COLLECTION)
@CompoundIndex(name = "year_number", def = "{'year': 1, 'number': 1}", unique = true)
public record ServiceRelease(
        @Id String id,
        int year,
        int number,
        String idempotencyKey,
        Instant publishedAt,
        String publishedBy,
        String overrideReason,
        List<String> notApproved,
        List<String> missingRequired,
        String contentHash,
        ReportDocument report) {

    public static final String COLLECTION = "releases";

    public static String idOf(int year, int number) {
        return year + ":" + number;
    }
}
