package io.errorpulse.connect.format;

import org.apache.kafka.connect.errors.DataException;

/**
 * A record on the alerts topic that is not an alert record: it can never be delivered, so it goes
 * to the dead-letter queue (or fails the task) at once, without retries.
 */
public final class InvalidAlertException extends DataException {

    public InvalidAlertException(String message) {
        super(message);
    }

    public InvalidAlertException(String message, Throwable cause) {
        super(message, cause);
    }
}
