package no.arsberetning.gateway.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Tokens taken a batch at a time: the shared bucket is asked once per batch. */
class TokenReserveTest {

    private final AtomicInteger batches = new AtomicInteger();

    @Test
    void aBatchOfTenIsOneQuestionForTenRequests() {
        TokenReserve reserve = new TokenReserve(Duration.ofMinutes(1), 100);

        for (int i = 0; i < 20; i++) {
            assertThat(reserve.take("principal:a", batch(0), 10).block()).isZero();
        }

        assertThat(batches.get()).isEqualTo(2);
    }

    @Test
    void aRefusedBatchKeepsNothingAndSaysHowLongToWait() {
        TokenReserve reserve = new TokenReserve(Duration.ofMinutes(1), 100);

        assertThat(reserve.take("principal:a", batch(7), 10).block()).isEqualTo(7);
        assertThat(reserve.take("principal:a", batch(7), 10).block()).isEqualTo(7);

        assertThat(batches.get()).isEqualTo(2);
    }

    @Test
    void tokensNotSpentWithinTheirLifetimeAreDropped() throws InterruptedException {
        TokenReserve reserve = new TokenReserve(Duration.ofMillis(50), 100);
        reserve.take("principal:a", batch(0), 10).block();

        Thread.sleep(80);
        reserve.take("principal:a", batch(0), 10).block();

        assertThat(batches.get()).isEqualTo(2);
    }

    @Test
    void aBatchOfOneTakesNothingAhead() {
        TokenReserve reserve = new TokenReserve(Duration.ofMinutes(1), 100);

        for (int i = 0; i < 3; i++) {
            reserve.take("principal:a", batch(0), 1).block();
        }

        assertThat(batches.get()).isEqualTo(3);
    }

    @Test
    void beyondTheMostKeysARequestTakesItsTokensWithoutAReserve() {
        TokenReserve reserve = new TokenReserve(Duration.ofMinutes(1), 2);
        reserve.take("principal:a", batch(0), 10).block();
        reserve.take("principal:b", batch(0), 10).block();

        reserve.take("principal:c", batch(0), 10).block();
        reserve.take("principal:c", batch(0), 10).block();
        reserve.take("principal:a", batch(0), 10).block();

        assertThat(batches.get()).as("a and b from their reserves, c twice").isEqualTo(4);
    }

    private Supplier<Mono<Long>> batch(long wait) {
        return () -> Mono.fromSupplier(() -> {
            batches.incrementAndGet();
            return wait;
        });
    }
}
