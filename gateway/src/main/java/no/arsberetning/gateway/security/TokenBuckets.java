package no.arsberetning.gateway.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory token buckets, one per key: each request takes a token; tokens come back at a steady rate up
 * to the capacity. One gateway instance is one limit; nothing is shared between instances (no Redis).
 */
final class TokenBuckets {

    private final int capacity;
    private final double refillPerNano;
    private final long idleNanos;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private long lastSweep;

    TokenBuckets(LimitsProperties.RateLimit limit, Clock clock) {
        this(limit.capacity(), limit.refillPerSecond(), limit.idle(), clock);
    }

    TokenBuckets(int capacity, double refillPerSecond, java.time.Duration idle, Clock clock) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1e9;
        this.idleNanos = idle.toNanos();
        this.clock = clock;
    }

    /** Takes a token for the key: 0 when granted, otherwise the whole seconds until one is back (at least 1). */
    long take(String key) {
        long now = nanos();
        sweep(now);
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * refillPerNano);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missingNanos = (1 - bucket.tokens) / refillPerNano;
            return Math.max(1, (long) Math.ceil(missingNanos / 1e9));
        }
    }

    int size() {
        return buckets.size();
    }

    private void sweep(long now) {
        if (now - lastSweep < idleNanos) {
            return;
        }
        lastSweep = now;
        buckets.values().removeIf(bucket -> now - bucket.updated > idleNanos);
    }

    private long nanos() {
        java.time.Instant instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(int tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
