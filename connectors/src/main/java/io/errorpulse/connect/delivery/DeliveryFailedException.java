package io.errorpulse.connect.delivery;

import org.apache.kafka.connect.errors.ConnectException;

/**
 * An alert the target did not take: rejected, or still failing when the retries ran out. It is the
 * error reported with the record to the dead-letter queue, or the one that fails the task.
 */
public final class DeliveryFailedException extends ConnectException {

    public DeliveryFailedException(String message) {
        super(message);
    }
}
