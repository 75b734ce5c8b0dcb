package io.errorpulse.rest;

/**
 * Headers instances use between themselves. A request carrying {@link #FORWARDED_BY} or
 * {@link #SCOPE} is answered from local state only and never forwarded again, so a stale view of
 * the metadata can cost one extra hop but never a loop. They grant nothing: the caller's own
 * {@code Authorization} travels with every hop and is checked again there.
 */
final class PeerHeaders {

    /** Set on a keyed request forwarded to the owner of its key; the value names the forwarder. */
    static final String FORWARDED_BY = "X-Errorpulse-Forwarded-By";
    /** {@code local} on the part of a global view asked of one instance. */
    static final String SCOPE = "X-Errorpulse-Scope";
    static final String SCOPE_LOCAL = "local";
    /** On every answer: the instance whose state answered a keyed query. */
    static final String SERVED_BY = "X-Errorpulse-Served-By";
    static final String REQUEST_ID = "X-Request-Id";

    private PeerHeaders() {
    }
}
