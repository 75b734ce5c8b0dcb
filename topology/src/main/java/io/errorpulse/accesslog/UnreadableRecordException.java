package io.errorpulse.accesslog;

/**
 * A log line that cannot be read as an access record. The reason is safe to publish: it never
 * quotes the line. Thrown on bad input only, so it carries no stack trace.
 */
public final class UnreadableRecordException extends RuntimeException {

    private final String reason;

    public UnreadableRecordException(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    /** A short, stable, credential-free reason, e.g. {@code not_json: ...}. */
    public String reason() {
        return reason;
    }
}
