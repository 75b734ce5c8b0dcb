package io.errorpulse.connect.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3,
            new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), () -> 0.0), Duration.ofSeconds(30));

    @Test
    void shouldBackOffExponentiallyWhileRetriesRemain() {
        assertThat(policy.delayBefore(1, Optional.empty())).contains(Duration.ofMillis(100));
        assertThat(policy.delayBefore(3, Optional.empty())).contains(Duration.ofMillis(400));
    }

    @Test
    void shouldStopAfterTheLastRetry() {
        assertThat(policy.delayBefore(4, Optional.empty())).isEmpty();
    }

    @Test
    void shouldHonourRetryAfter() {
        assertThat(policy.delayBefore(1, Optional.of(Duration.ofSeconds(7)))).contains(Duration.ofSeconds(7));
    }

    @Test
    void shouldCapAnExcessiveRetryAfter() {
        assertThat(policy.delayBefore(1, Optional.of(Duration.ofHours(1)))).contains(Duration.ofSeconds(30));
    }

    @Test
    void shouldNotRetryAtAllWhenNoRetriesAreAllowed() {
        RetryPolicy none = new RetryPolicy(0, new Backoff(Duration.ofMillis(1), Duration.ofMillis(1)), Duration.ZERO);

        assertThat(none.delayBefore(1, Optional.empty())).isEmpty();
    }
}
