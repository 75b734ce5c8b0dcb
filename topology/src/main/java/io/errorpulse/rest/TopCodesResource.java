package io.errorpulse.rest;

import io.javalin.http.Context;

/** {@code /v1/stores/{store}/codes}: the most frequent error codes of a store (or one app) over a range. */
final class TopCodesResource {

    static final int MAX_LIMIT = 100;
    private final Authenticator auth;
    private final QueryParams params;
    private final KeyedQueries keyed;

    TopCodesResource(Authenticator auth, QueryParams params, KeyedQueries keyed) {
        this.auth = auth;
        this.params = params;
        this.keyed = keyed;
    }

    void topCodes(Context ctx) throws Exception {
        String store = ctx.pathParam("store");
        auth.authenticate(ctx, store);
        QueryParams.checkId("store", store);
        TimeRange range = params.range(ctx);
        String app = QueryParams.optionalId(ctx, "app");
        int limit = QueryParams.limit(ctx, 10, MAX_LIMIT);
        keyed.answer(ctx, store, range, () -> PeerPath.of("/v1/stores").segment(store).literal("/codes").range(range)
                        .param("app", app).param("limit", limit).toString(),
                windows -> TopCodesView.of(store, app, range, limit, windows));
    }
}
