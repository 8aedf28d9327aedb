package no.arsberetning.gateway.reports;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * How many writes went through the gateways: one counter in Redis, shared by every gateway pod, and one in this pod.
 * Every request that may write ({@link GatewayWritesWebFilter}) advances both before its answer is sent, so a
 * composed read that starts after a write's answer sees a new count, wherever the write went through. While the
 * counts stand still, the services' versions of a year learnt a moment ago still hold ({@link ComposedVersions}).
 * When Redis does not answer, the count is unknown and nothing learnt before may be reused.
 */
@Component
public class GatewayWrites {

    static final String KEY = "arsberetning:gateway:writes";
    private static final Logger log = LoggerFactory.getLogger(GatewayWrites.class);

    private final ReactiveStringRedisTemplate redis;
    private final AtomicLong own = new AtomicLong();

    GatewayWrites(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Counts a write: at once in this pod, and in Redis for the others (logged, not failed, when Redis is away). */
    Mono<Void> advance() {
        own.incrementAndGet();
        return redis.opsForValue().increment(KEY)
                .doOnError(e -> log.warn("Redis did not count a write ({}); other gateway pods see it after "
                        + "arsberetning.composition.version-max-age", e.toString()))
                .onErrorResume(e -> Mono.empty())
                .then();
    }

    /** The count now, this pod's and every pod's; empty when Redis cannot tell. */
    Mono<Count> count() {
        long mine = own.get();
        return redis.opsForValue().get(KEY)
                .map(Long::parseLong)
                .defaultIfEmpty(0L)
                .map(shared -> new Count(mine, shared))
                .onErrorResume(e -> Mono.empty());
    }

    /** The counts at one moment: equal counts mean no write went through any gateway in between. */
    record Count(long own, long shared) {
    }
}
