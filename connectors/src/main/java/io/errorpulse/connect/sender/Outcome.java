package io.errorpulse.connect.sender;

import java.time.Duration;
import java.util.Optional;

/** What became of one HTTP request, in the three kinds the delivery policy distinguishes. */
public sealed interface Outcome {

    /** A 2xx: the target has the alerts. */
    record Delivered(int status) implements Outcome { }

    /** A 5xx, a 429 or an I/O error: worth retrying, after {@code retryAfter} if the target said so. */
    record Transient(String reason, Optional<Duration> retryAfter) implements Outcome { }

    /** Any other status: retrying the same request would fail the same way. */
    record Rejected(int status, String reason) implements Outcome { }
}
