package no.arsberetning.gateway.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import no.arsberetning.gateway.tuning.TokenReserve;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/**
 * The rate limits as buckets in Redis, shared by every gateway pod: Spring Cloud Gateway's {@link RedisRateLimiter}
 * (one Lua script per request, atomic in Redis), with one bucket size for people and scripts and one per machine
 * client configured with its own. When Redis does not answer, the limiter lets the request through (and logs it):
 * a limit is a guard against floods, not a reason to stop serving. Each pod takes a bucket's tokens a batch at a time
 * (a tenth of a second's refill and of the bucket, at most 10 requests' tokens, kept for a second: {@link TokenReserve}),
 * so most requests ask Redis nothing.
 */
final class SharedRateLimits {

    static final String PEOPLE = "people";

    private final RedisRateLimiter limiter;
    private final TokenReserve reserve = new TokenReserve(Duration.ofSeconds(1), 10_000);
    private final Map<String, Integer> batchSizes = new HashMap<>();

    SharedRateLimits(RedisRateLimiter limiter, LimitsProperties.RateLimit rate) {
        this.limiter = limiter;
        configure(PEOPLE, rate.capacity(), rate.refillPerSecond());
        rate.clients().forEach((client, size) -> configure(clientId(client), size.capacity(), size.refillPerSecond()));
    }

    private void configure(String bucket, int capacity, double refillPerSecond) {
        RedisRateLimiter.Config one = bucket(capacity, refillPerSecond);
        int batch = batchSize(capacity, refillPerSecond);
        limiter.getConfig().put(bucket, one.setRequestedTokens(one.getRequestedTokens() * batch));
        batchSizes.put(bucket, batch);
    }

    /** A tenth of a second's refill and a tenth of the bucket, at most 10 requests; 1 (none ahead) for slow buckets. */
    static int batchSize(int capacity, double refillPerSecond) {
        return (int) Math.max(1, Math.min(10, Math.min(refillPerSecond / 10, capacity / 10.0)));
    }

    /** The configuration of a machine client's own bucket, or of everyone else's. */
    String bucketOf(String client) {
        return client != null && limiter.getConfig().containsKey(clientId(client)) ? clientId(client) : PEOPLE;
    }

    /** Takes a token from the key's bucket: 0 when granted, otherwise the whole seconds until one is back (≥ 1). */
    Mono<Long> take(String bucket, String key) {
        RedisRateLimiter.Config config = limiter.getConfig().get(bucket);
        return reserve.take(key, () -> limiter.isAllowed(bucket, key).map(response -> response.isAllowed() ? 0L
                : retryAfter(config, response.getHeaders())), batchSizes.get(bucket));
    }

    private static long retryAfter(RedisRateLimiter.Config config, Map<String, String> headers) {
        long remaining = Math.max(0, parse(headers.get(RedisRateLimiter.REMAINING_HEADER)));
        long missing = Math.max(1, config.getRequestedTokens() - remaining);
        return Math.max(1, (missing + config.getReplenishRate() - 1) / config.getReplenishRate());
    }

    private static long parse(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String clientId(String client) {
        return "client:" + client;
    }

    /**
     * Redis' buckets refill by whole tokens per second: a slower refill (below one per second) is expressed as a
     * larger bucket of which each request takes several tokens, the same rate in requests.
     */
    static RedisRateLimiter.Config bucket(int capacity, double refillPerSecond) {
        if (capacity < 1 || !(refillPerSecond > 0)) {
            throw new IllegalArgumentException("a rate limit needs capacity >= 1 and refill-per-second > 0");
        }
        int tokensPerRequest = refillPerSecond >= 1 ? 1 : (int) Math.ceil(1 / refillPerSecond);
        int replenish = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(refillPerSecond * tokensPerRequest)));
        return new RedisRateLimiter.Config()
                .setReplenishRate(replenish)
                .setBurstCapacity((long) capacity * tokensPerRequest)
                .setRequestedTokens(tokensPerRequest);
    }
}
