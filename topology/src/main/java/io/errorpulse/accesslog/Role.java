package io.errorpulse.accesslog;

import java.util.Locale;

/**
 * A part of a logged request that a framing names a field for. Each role can be remapped in config
 * ({@code log.field.<role>}); the wire name is the lower-case enum name.
 */
enum Role {
    /** The HTTP status of the response: a number or a numeric string. */
    STATUS(Kind.SCALAR),
    /** When the request happened: see {@link EventTimes}. */
    TIME(Kind.SCALAR),
    /** An explicit store (tenant) field. */
    STORE(Kind.SCALAR),
    /** An explicit app (API client) field. */
    APP(Kind.SCALAR),
    /** A field holding the {@code X-Store-Id} request header. */
    STORE_HEADER(Kind.SCALAR),
    /** A field holding the {@code X-Client-Id} request header. */
    APP_HEADER(Kind.SCALAR),
    /** A field holding the already parsed {@code store_id} query parameter. */
    STORE_QUERY(Kind.SCALAR),
    /** A query string, path, URL or request line whose query is searched for store_id and credentials. */
    QUERY(Kind.SCALAR),
    /** A field holding the {@code Authorization} request header. */
    AUTHORIZATION(Kind.SCALAR),
    /** A field holding the {@code X-Client-Secret} request header. */
    CLIENT_SECRET(Kind.SCALAR),
    /** A field holding an API key ({@code X-Api-Key}, API Gateway {@code apiKey}, a parsed key parameter). */
    API_KEY(Kind.SCALAR),
    /** A gateway's own error type for responses it generated (API Gateway {@code error.responseType}). */
    ERROR_TYPE(Kind.SCALAR),
    /** The response body: a string, or an object that is passed on as its JSON bytes. */
    BODY(Kind.BODY),
    /** An object of request headers; only the attribution and credential headers are read from it. */
    REQUEST_HEADERS(Kind.REQUEST_HEADERS),
    /** An object of response headers, or a prefix ({@code .*} or {@code _*}) before each header name. */
    RESPONSE_HEADERS(Kind.RESPONSE_HEADERS);

    /** How the value of a field of this role is captured while the line is parsed. */
    enum Kind { SCALAR, BODY, REQUEST_HEADERS, RESPONSE_HEADERS }

    private final Kind kind;

    Role(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Role fromWireName(String name) {
        for (Role r : values()) {
            if (r.wireName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown access-log field role '" + name + "' (expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(Role::wireName).toList()) + ")");
    }
}
