package no.arsberetning.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.arsberetning.gateway.tuning.RateLimitScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The rate limits in Redis (the test run's real server, LocalRedis): one bucket however many gateway pods count it. */
class SharedRateLimitsTests {

    private static final LimitsProperties.RateLimit THREE_THEN_ONE_EVERY_20_SECONDS = new LimitsProperties.RateLimit(true, 3,
            0.05, Map.of("portal", new LimitsProperties.Client(1, 0.05)));

    private final List<LettuceConnectionFactory> connections = new java.util.ArrayList<>();

    @AfterEach
    void close() {
        connections.forEach(LettuceConnectionFactory::destroy);
    }

    @Test
    void twoGatewayPodsTakeFromTheSameBucket() {
        SharedRateLimits podA = pod(Integer.getInteger("spring.data.redis.port"));
        SharedRateLimits podB = pod(Integer.getInteger("spring.data.redis.port"));
        String person = "principal:" + UUID.randomUUID();

        assertThat(podA.take(SharedRateLimits.PEOPLE, person).block()).isZero();
        assertThat(podB.take(SharedRateLimits.PEOPLE, person).block()).isZero();
        assertThat(podA.take(SharedRateLimits.PEOPLE, person).block()).isZero();

        assertThat(podB.take(SharedRateLimits.PEOPLE, person).block()).as("seconds until a token is back").isBetween(1L, 20L);
        assertThat(podA.take(SharedRateLimits.PEOPLE, "principal:" + UUID.randomUUID()).block()).as("someone else").isZero();
    }

    @Test
    void podsTakingTokensABatchAtATimeStillGrantNoMoreThanTheSharedBucketHolds() {
        LimitsProperties.RateLimit rate = new LimitsProperties.RateLimit(true, 200, 20, Map.of());
        SharedRateLimits podA = pod(Integer.getInteger("spring.data.redis.port"), rate);
        SharedRateLimits podB = pod(Integer.getInteger("spring.data.redis.port"), rate);
        String person = "principal:" + UUID.randomUUID();
        int batch = SharedRateLimits.batchSize(200, 20);

        long started = System.nanoTime();
        int granted = 0;
        for (int i = 0; i < 300; i++) {
            granted += (i % 2 == 0 ? podA : podB).take(SharedRateLimits.PEOPLE, person).block() == 0 ? 1 : 0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(batch).isEqualTo(2);
        // Spring Cloud Gateway's script refills by Redis' clock in whole seconds (TIME's seconds): each second
        // boundary the loop crosses adds a whole second's refill, however little time passed.
        int boundariesCrossed = (int) Math.floor(seconds) + 1;
        assertThat(granted).as("the bucket, and a second's refill for each of the %d second boundaries %.2f s can cross",
                        boundariesCrossed, seconds)
                .isLessThanOrEqualTo(200 + 20 * boundariesCrossed)
                .as("less than a batch left in the bucket and in each pod's reserve")
                .isGreaterThanOrEqualTo(200 - 3 * (batch - 1));
    }

    @Test
    void aBatchIsATenthOfASecondsRefillAndOfTheBucketAtMostTen() {
        assertThat(SharedRateLimits.batchSize(300, 100)).isEqualTo(10);
        assertThat(SharedRateLimits.batchSize(1_000_000_000, 1_000_000_000)).isEqualTo(10);
        assertThat(SharedRateLimits.batchSize(30, 100)).isEqualTo(3);
        assertThat(SharedRateLimits.batchSize(300, 5)).isEqualTo(1);
        assertThat(SharedRateLimits.batchSize(3, 0.05)).isEqualTo(1);
    }

    @Test
    void aMachineClientWithItsOwnSizeHasItsOwnBucket() {
        SharedRateLimits pod = pod(Integer.getInteger("spring.data.redis.port"));
        String portal = "principal:" + UUID.randomUUID();

        assertThat(pod.bucketOf("portal")).isNotEqualTo(SharedRateLimits.PEOPLE);
        assertThat(pod.bucketOf("any-other-client")).isEqualTo(SharedRateLimits.PEOPLE);
        assertThat(pod.bucketOf(null)).isEqualTo(SharedRateLimits.PEOPLE);
        assertThat(pod.take(pod.bucketOf("portal"), portal).block()).isZero();
        assertThat(pod.take(pod.bucketOf("portal"), portal).block()).isPositive();
    }

    @Test
    void withoutRedisTheRequestIsLetThrough() {
        SharedRateLimits pod = pod(closedPort());

        assertThat(pod.take(SharedRateLimits.PEOPLE, "principal:anyone").block()).isZero();
    }

    @Test
    void aRefillBelowOneTokenPerSecondIsALargerBucketOfWhichEachRequestTakesSeveral() {
        RedisRateLimiter.Config slow = SharedRateLimits.bucket(3, 0.05);
        RedisRateLimiter.Config usual = SharedRateLimits.bucket(300, 100);

        assertThat(List.of(slow.getReplenishRate(), slow.getBurstCapacity(), (long) slow.getRequestedTokens()))
                .containsExactly(1, 60L, 20L);
        assertThat(List.of(usual.getReplenishRate(), usual.getBurstCapacity(), (long) usual.getRequestedTokens()))
                .containsExactly(100, 300L, 1L);
        assertThatThrownBy(() -> SharedRateLimits.bucket(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedRateLimits.bucket(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** What one gateway pod builds: Spring Cloud Gateway's limiter and script (read once) over its own connection. */
    private SharedRateLimits pod(int port) {
        return pod(port, THREE_THEN_ONE_EVERY_20_SECONDS);
    }

    private SharedRateLimits pod(int port, LimitsProperties.RateLimit rate) {
        var connection = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        connection.afterPropertiesSet();
        connection.start();
        connections.add(connection);
        var limiter = new RedisRateLimiter(new ReactiveStringRedisTemplate(connection), RateLimitScript.readOnce(), null);
        return new SharedRateLimits(limiter, rate);
    }

    private static int closedPort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
