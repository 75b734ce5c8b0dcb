package io.errorpulse.envelope;

/** The three kinds of spike errorpulse exists to catch, or none. */
public enum AlertClass {
    NONE("none"),
    AUTH_FAILURE("auth_failure"),
    RATE_LIMITED("rate_limited"),
    SERVER_ERROR("server_error");

    /** The classes that can alert, in a stable order (index 0..2, {@link #alertingIndex}) used by compact state. */
    public static final AlertClass[] ALERTING = {AUTH_FAILURE, RATE_LIMITED, SERVER_ERROR};

    private final String wireName;

    AlertClass(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** This class's index in {@link #ALERTING}; -1 for {@link #NONE}. */
    public int alertingIndex() {
        return ordinal() - 1;
    }

    public static AlertClass fromWireName(String name) {
        for (AlertClass c : values()) {
            if (c.wireName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown alert class '" + name
                + "' (expected one of auth_failure, rate_limited, server_error, none)");
    }

    @Override
    public String toString() {
        return wireName;
    }
}
