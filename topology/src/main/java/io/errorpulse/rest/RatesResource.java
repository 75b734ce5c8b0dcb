package io.errorpulse.rest;

import io.javalin.http.Context;

/**
 * {@code /v1/stores/{store}/rates} and {@code /v1/stores/{store}/apps/{app}/rates}: counts and rates
 * per step, answered by the instance that holds the store.
 */
final class RatesResource {

    private final Authenticator auth;
    private final QueryParams params;
    private final KeyedQueries keyed;

    RatesResource(Authenticator auth, QueryParams params, KeyedQueries keyed) {
        this.auth = auth;
        this.params = params;
        this.keyed = keyed;
    }

    void storeRates(Context ctx) throws Exception {
        String store = ctx.pathParam("store");
        auth.authenticate(ctx, store);
        QueryParams.checkId("store", store);
        TimeRange range = params.range(ctx);
        keyed.answer(ctx, store, range, () -> PeerPath.of("/v1/stores").segment(store).literal("/rates").range(range).toString(),
                windows -> RatesView.of(store, null, range, windows));
    }

    void appRates(Context ctx) throws Exception {
        String store = ctx.pathParam("store");
        auth.authenticate(ctx, store);
        QueryParams.checkId("store", store);
        String app = QueryParams.checkId("app", ctx.pathParam("app"));
        TimeRange range = params.range(ctx);
        keyed.answer(ctx, store, range, () -> PeerPath.of("/v1/stores").segment(store).literal("/apps").segment(app)
                .literal("/rates").range(range).toString(), windows -> RatesView.of(store, app, range, windows));
    }
}
