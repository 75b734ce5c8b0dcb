package io.errorpulse.connect.retry;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides whether a transient failure is retried and after how long: at most {@code maxRetries}
 * times, waiting the server's Retry-After when it gave one (capped), else the {@link Backoff}.
 */
public final class RetryPolicy {

    private final int maxRetries;
    private final Backoff backoff;
    private final Duration maxRetryAfter;

    public RetryPolicy(int maxRetries, Backoff backoff, Duration maxRetryAfter) {
        this.maxRetries = maxRetries;
        this.backoff = backoff;
        this.maxRetryAfter = maxRetryAfter;
    }

    /**
     * @param retry      the number of the retry about to be made (1 for the first)
     * @param retryAfter what the server asked for, if anything
     * @return the wait before that retry, or empty when the retries are used up
     */
    public Optional<Duration> delayBefore(int retry, Optional<Duration> retryAfter) {
        if (retry > maxRetries) {
            return Optional.empty();
        }
        Duration delay = retryAfter
                .map(asked -> asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked)
                .orElseGet(() -> backoff.delay(retry));
        return Optional.of(delay);
    }

    public int maxRetries() {
        return maxRetries;
    }
}
