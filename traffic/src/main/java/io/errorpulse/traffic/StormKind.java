package io.errorpulse.traffic;

/** The three kinds of storm errorpulse must catch. */
public enum StormKind {
    /** Rejected credentials: 401 with an invalid/expired token code. */
    AUTH_FAILURE,
    /** A wall of 429s. */
    RATE_LIMITED,
    /** A 5xx outage. */
    SERVER_ERROR
}
