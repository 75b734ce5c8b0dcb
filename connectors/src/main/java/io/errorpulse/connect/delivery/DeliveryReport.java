package io.errorpulse.connect.delivery;

import io.errorpulse.connect.format.Alert;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one delivery pass achieved: alerts the target accepted, alerts it refused for good, and, if
 * the pass stopped at a transient failure, the alerts still to be sent.
 */
public record DeliveryReport(List<Alert> delivered, List<Rejection> rejected, Optional<Interruption> interruption) {

    /** An alert the target refused with a non-retriable status. */
    public record Rejection(Alert alert, String reason) { }

    /** A transient failure that stopped the pass, and the alerts it left undelivered. */
    public record Interruption(List<Alert> undelivered, String reason, Optional<Duration> retryAfter) { }
}
