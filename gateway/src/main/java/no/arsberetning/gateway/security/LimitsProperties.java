package no.arsberetning.gateway.security;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one client may send the gateway: body sizes (JSON and file uploads) and a token bucket per
 * principal (the token's subject; the remote address when there is none).
 */
@ConfigurationProperties("arsberetning.limits")
public record LimitsProperties(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("10MB") DataSize maxUpload,
        @DefaultValue RateLimit rateLimit) {

    /**
     * A token bucket: {@code capacity} requests at once, refilled by {@code refillPerSecond}; buckets
     * not used for {@code idle} are forgotten.
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("300") int capacity,
            @DefaultValue("100") double refillPerSecond, @DefaultValue("10m") Duration idle, Map<String, Client> clients) {

        public RateLimit {
            clients = clients == null ? Map.of() : Map.copyOf(clients);
        }
    }

    /** A machine client's own bucket size (by the token's {@code azp}), e.g. a tighter one for a portal that polls. */
    public record Client(int capacity, double refillPerSecond) {
    }
}
