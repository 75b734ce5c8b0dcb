package io.errorpulse.query;

/**
 * The data asked for cannot be read right now (Kafka Streams is starting, rebalancing or restoring,
 * and no standby could answer). Transient by nature, so the REST layer answers 503 with Retry-After
 * rather than an error that suggests the request was wrong.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message) {
        super(message, null, false, false);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
