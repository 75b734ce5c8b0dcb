package io.errorpulse.accesslog;

/**
 * The request headers errorpulse reads from a logged header object: the two that attribute a request
 * and the three that carry credentials. Every other request header is skipped unread.
 */
enum RequestHeader {
    STORE_ID("x-store-id"),
    CLIENT_ID("x-client-id"),
    AUTHORIZATION("authorization"),
    CLIENT_SECRET("x-client-secret"),
    API_KEY("x-api-key");

    private static final RequestHeader[] ALL = values();
    /** How many there are: the length of a record's header array, indexed by ordinal. */
    static final int COUNT = ALL.length;

    private final String name;

    RequestHeader(String name) {
        this.name = name;
    }

    /** The header a logged name stands for (any case, {@code -} or {@code _}), or null. */
    static RequestHeader of(String loggedName) {
        for (RequestHeader h : ALL) {
            if (h.matches(loggedName)) {
                return h;
            }
        }
        return null;
    }

    private boolean matches(String logged) {
        if (logged.length() != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char a = Character.toLowerCase(logged.charAt(i));
            char b = name.charAt(i);
            if (a != b && !(a == '_' && b == '-')) {
                return false;
            }
        }
        return true;
    }
}
