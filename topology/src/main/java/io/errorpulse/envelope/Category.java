package io.errorpulse.envelope;

import java.util.Locale;

/** The canonical category of an error, whatever the API called it. */
public enum Category {
    NONE,
    AUTHENTICATION,
    AUTHORIZATION,
    VALIDATION,
    NOT_FOUND,
    CONFLICT,
    RATE_LIMIT,
    QUOTA,
    PAYMENT,
    GONE,
    SERVER,
    UPSTREAM,
    UNAVAILABLE,
    UNKNOWN;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
