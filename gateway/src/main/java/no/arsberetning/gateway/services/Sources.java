package no.arsberetning.gateway.services;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services the gateway composes, in the printed report's order, with the chapters each owns (used
 * for a placeholder when the service does not answer), and how long the gateway waits for each call (the
 * cross-service checks, which read whole reports, wait longer; so does a call to a service that has not answered
 * this gateway yet, {@link ServiceBreakers}).
 */
@ConfigurationProperties("arsberetning.composition")
public record Sources(@DefaultValue("900ms") Duration timeLimit, @DefaultValue("5s") Duration checksTimeLimit,
        @DefaultValue("10s") Duration coldTimeLimit, List<Source> sources) {

    /** Circuit breakers of the consistency checks start with this: they read whole reports, and nobody waits on them to read. */
    public static final String CHECKS_BREAKER_PREFIX = "checks-";

    /**
     * @param id circuit-breaker name and short name, e.g. {@code finance}
     * @param baseUrl the service's API root, e.g. {@code http://localhost:8081/api/finance}
     */
    public record Source(String id, String title, String baseUrl, List<ChapterTitle> chapters) {
    }

    public record ChapterTitle(String number, String title) {
    }
}
