package io.errorpulse.envelope;

/** What a well-behaved client should do next (seed 003's retry guidance, generalised). */
public enum Retry {
    NONE("none"),
    REFRESH_CREDENTIALS("refresh_credentials"),
    AFTER_DELAY("after_delay"),
    BACKOFF("backoff");

    private final String wireName;

    Retry(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
