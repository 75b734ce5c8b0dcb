package io.errorpulse.rest;

import io.javalin.http.Context;

/**
 * Checks {@code Authorization: Bearer <key>} against the configured {@link ApiKeys} and the store a
 * route asks for. A store-limited key asking for another store gets 404, as if the store did not
 * exist, so that such a key cannot even learn which other stores are known.
 */
final class Authenticator {

    private static final String BEARER = "Bearer ";
    private final ApiKeys keys;

    Authenticator(ApiKeys keys) {
        this.keys = keys;
    }

    ApiKeys.Grant authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw ApiError.missingToken();
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.substring(BEARER.length()).isBlank()) {
            throw ApiError.missingToken();
        }
        return keys.grantFor(header.substring(BEARER.length()).trim()).orElseThrow(ApiError::invalidToken);
    }

    /** Authenticates and checks that the key sees {@code store}. */
    ApiKeys.Grant authenticate(Context ctx, String store) {
        ApiKeys.Grant grant = authenticate(ctx);
        if (!grant.sees(store)) {
            throw ApiError.notFound("no store " + QueryParams.printable(store));
        }
        return grant;
    }
}
