package no.arsberetning.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void grantsTheCapacityThenSaysWhenTheNextTokenIsBack() {
        TokenBuckets buckets = new TokenBuckets(new LimitsProperties.RateLimit(true, 2, 1, Duration.ofMinutes(10), java.util.Map.of()), clock);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(1);
        assertThat(buckets.take("b")).as("another key has its own bucket").isZero();

        now = now.plusMillis(1000);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(1);
    }

    @Test
    void refillsNoHigherThanTheCapacity() {
        TokenBuckets buckets = new TokenBuckets(new LimitsProperties.RateLimit(true, 2, 10, Duration.ofMinutes(10), java.util.Map.of()), clock);
        now = now.plusSeconds(60);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(1);
    }

    @Test
    void forgetsIdleBuckets() {
        TokenBuckets buckets = new TokenBuckets(new LimitsProperties.RateLimit(true, 2, 1, Duration.ofSeconds(30), java.util.Map.of()), clock);
        buckets.take("a");
        now = now.plusSeconds(31);
        buckets.take("b");
        assertThat(buckets.size()).isEqualTo(1);
    }
}
