package io.errorpulse.accesslog;

import io.errorpulse.envelope.ResponseHeaders;

/**
 * One logged request, read from any framing, already free of credentials.
 *
 * @param eventTimeMs           when the request happened, epoch milliseconds UTC; {@link #NO_EVENT_TIME} when the
 *                              line logs no time (the stream then uses the Kafka record's timestamp)
 * @param store                 the tenant; never null ({@link #UNKNOWN} when the log does not say)
 * @param app                   the API client; never null ({@link #UNKNOWN} when the log does not say)
 * @param status                the HTTP status of the response
 * @param responseHeaders       the logged response headers (never null)
 * @param responseBody          the logged response body bytes, or null when the framing logs none
 * @param credentialFingerprint a short keyed hash of the presented credential, or null
 */
public record AccessRecord(
        long eventTimeMs,
        String store,
        String app,
        int status,
        ResponseHeaders responseHeaders,
        byte[] responseBody,
        String credentialFingerprint) {

    /** The explicit key under which requests without a store or app are still counted. */
    public static final String UNKNOWN = "_unknown";

    /** The event time of a line that logs none. */
    public static final long NO_EVENT_TIME = Long.MIN_VALUE;

    /** Whether the line logged its own time. */
    public boolean hasEventTime() {
        return eventTimeMs != NO_EVENT_TIME;
    }
}
