package no.arsberetning.gateway.tuning;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Rate-limit tokens taken from a shared bucket a batch at a time and spent in this pod, so that most requests make
 * no round trip to Redis. Spring Cloud Gateway's {@code RedisRateLimiter} asks Redis on every request, which with its
 * client cost about 15 % of the gateway's CPU under load (bench/README.md); a limiter that takes tokens ahead was
 * proposed upstream and not merged (spring-cloud-gateway#3016). Every token spent here was taken from the shared
 * bucket first, so the limit holds across pods. It is stricter by less than a batch per pod and lifetime, never
 * looser: a reserve not spent within its lifetime, or replaced by a newer one, is dropped, and a bucket with less than
 * a batch left refuses (Spring Cloud Gateway keeps a bucket per limiter configuration, so a smaller request after a
 * refused batch would take from another bucket).
 */
public final class TokenReserve {

    private static final Mono<Long> GRANTED = Mono.just(0L);

    private final long lifetimeNanos;
    private final int maxKeys;
    private final Map<String, Reserve> reserves = new ConcurrentHashMap<>();

    /**
     * @param lifetime how long tokens taken ahead may be spent
     * @param maxKeys at most this many keys hold a reserve (spent and expired ones are dropped first); beyond it,
     *        requests take their tokens one by one
     */
    public TokenReserve(Duration lifetime, int maxKeys) {
        this.lifetimeNanos = lifetime.toNanos();
        this.maxKeys = maxKeys;
    }

    /**
     * Takes one request's tokens for the key: {@code 0} when granted — from the reserve, or from a batch of
     * {@code batchSize} requests' tokens that {@code batch} takes at once, of which the rest is kept — else what
     * {@code batch} answers (the whole seconds until a batch is back).
     */
    public Mono<Long> take(String key, Supplier<Mono<Long>> batch, int batchSize) {
        Reserve reserve = reserves.get(key);
        if (reserve != null && reserve.spend(System.nanoTime())) {
            return GRANTED;
        }
        return batch.get().doOnNext(wait -> {
            if (wait == 0 && batchSize > 1) {
                keep(key, new Reserve(batchSize - 1, System.nanoTime() + lifetimeNanos));
            }
        });
    }

    private void keep(String key, Reserve reserve) {
        if (reserves.size() >= maxKeys) {
            long now = System.nanoTime();
            reserves.values().removeIf(r -> r.spent(now));
        }
        if (reserves.size() < maxKeys || reserves.containsKey(key)) {
            reserves.put(key, reserve);
        }
    }

    private static final class Reserve {

        private final AtomicInteger left;
        private final long until;

        Reserve(int tokens, long until) {
            this.left = new AtomicInteger(tokens);
            this.until = until;
        }

        boolean spend(long now) {
            return now - until < 0 && left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        }

        boolean spent(long now) {
            return now - until >= 0 || left.get() == 0;
        }
    }
}
