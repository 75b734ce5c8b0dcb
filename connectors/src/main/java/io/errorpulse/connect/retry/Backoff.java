package io.errorpulse.connect.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: the n-th retry waits {@code min(max, initial * 2^(n-1))}, of
 * which a random part of up to half is taken off, so that tasks which failed together (an
 * Alertmanager restart) do not come back in lockstep, while the delay still grows.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration initial, Duration max) {
        this(initial, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param random values in [0, 1), injected by tests */
    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The delay before retry number {@code retry} (1 for the first retry). */
    public Duration delay(int retry) {
        long ceiling = ceiling(retry);
        long jitter = (long) (random.getAsDouble() * (ceiling / 2.0));
        return Duration.ofMillis(Math.max(1, ceiling - jitter));
    }

    private long ceiling(int retry) {
        int doublings = Math.min(Math.max(retry - 1, 0), 62);
        long initialMs = initial.toMillis();
        long maxMs = max.toMillis();
        if (initialMs > (maxMs >> doublings)) {
            return maxMs;
        }
        return Math.min(maxMs, initialMs << doublings);
    }
}
