package no.arsberetning.gateway.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one client may send the gateway: body sizes (JSON and file uploads, with larger uploads on the paths
 * {@code uploads} names) and a token bucket per principal (the token's subject; the remote address when there is
 * none).
 */
@ConfigurationProperties("arsberetning.limits")
public record LimitsProperties(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("10MB") DataSize maxUpload,
        @DefaultValue RateLimit rateLimit, List<PathUpload> uploads) {

    public LimitsProperties {
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
    }

    /** The largest upload a request may send to this path. */
    public DataSize maxUpload(String path) {
        for (PathUpload upload : uploads) {
            if (path.equals(upload.path()) || path.startsWith(upload.path() + "/")) {
                return upload.maxUpload();
            }
        }
        return maxUpload;
    }

    /** A larger upload limit on one path (and below it), e.g. Statistics Norway's files for the key-figure store. */
    public record PathUpload(String path, DataSize maxUpload) {
    }

    /**
     * A token bucket: {@code capacity} requests at once, refilled by {@code refillPerSecond} (kept in Redis, which
     * forgets a bucket once it would be full again).
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("300") int capacity,
            @DefaultValue("100") double refillPerSecond, Map<String, Client> clients) {

        public RateLimit {
            clients = clients == null ? Map.of() : Map.copyOf(clients);
        }
    }

    /** A machine client's own bucket size (by the token's {@code azp}), e.g. a tighter one for a portal that polls. */
    public record Client(int capacity, double refillPerSecond) {
    }
}
