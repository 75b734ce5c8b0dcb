package io.errorpulse.connect.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static Backoff withRandom(double random) {
        return new Backoff(Duration.ofMillis(100), Duration.ofMillis(1_000), () -> random);
    }

    @Test
    void shouldDoubleTheDelayUpToTheMaximum() {
        Backoff backoff = withRandom(0.0);

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delay(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.delay(5)).isEqualTo(Duration.ofMillis(1_000));
    }

    @Test
    void shouldTakeOffAtMostHalfTheDelayAsJitter() {
        assertThat(withRandom(0.999).delay(3).toMillis()).isBetween(200L, 201L);
        assertThat(withRandom(0.5).delay(3)).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void shouldStayAtTheMaximumForVeryLateRetries() {
        assertThat(withRandom(0.0).delay(100)).isEqualTo(Duration.ofMillis(1_000));
    }

    @Test
    void shouldVaryBetweenTasksWithRealRandomness() {
        Backoff backoff = new Backoff(Duration.ofMillis(1_000), Duration.ofMillis(60_000));

        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delay(6)).distinct().count())
                .isGreaterThan(1);
    }
}
