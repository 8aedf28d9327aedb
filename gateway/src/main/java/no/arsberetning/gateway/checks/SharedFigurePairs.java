package no.arsberetning.gateway.checks;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which figures that two services both print are compared (brief § 9), kept as data: each service declares
 * its shared figures under ids ({@code GET <prefix>/{year}/checks/figures}); a pair names the ids and the two
 * services, and which of them states the authoritative value and why. The gateway reads no service's
 * tables or text.
 */
@ConfigurationProperties("arsberetning.checks")
public record SharedFigurePairs(List<Pair> sharedFigures) {

    public SharedFigurePairs {
        sharedFigures = sharedFigures == null ? List.of() : List.copyOf(sharedFigures);
    }

    /**
     * @param rule the findings' rule name
     * @param name what the figure is, in Norwegian, where the pair is one figure (else each figure's own name)
     * @param ids one shared id, or a prefix ending in «/» for every id under it both services declare
     * @param authoritative the service whose value is {@code expected}
     * @param compared the service whose value is held against it ({@code actual})
     * @param because why the authoritative side is (said in the finding), or null
     * @param reportAgreement whether a figure the two state alike is reported (as info), not only a difference
     * @param required whether a figure one side does not declare is a warning rather than skipped
     */
    public record Pair(String rule, String name, String ids, String authoritative, String compared, String because,
            boolean reportAgreement, boolean required) {

        boolean covers(String id) {
            return ids.endsWith("/") ? id.startsWith(ids) : id.equals(ids);
        }
    }
}
