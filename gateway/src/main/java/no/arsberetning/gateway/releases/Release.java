package no.arsberetning.gateway.releases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A release of a year as the gateway lists it: complete when every service holds its part.
 *
 * @param contentHash SHA-256 over the services' part hashes, in the printed report's order
 * @param partHashes each service's content hash
 * @param missingRequired the statutory items (checklist ids) missing when it was published, with the override
 */
public record Release(int year, int number, Instant publishedAt, String publishedBy, String overrideReason,
        boolean complete, String contentHash, Map<String, String> partHashes, List<String> notApproved,
        List<String> missingRequired) {
}
