package io.errorpulse.rest;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.query.QueryBackend;
import io.errorpulse.query.QueryBackend.StoreWindow;
import io.errorpulse.state.TrafficCounts;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /v1/top/stores} and {@code /v1/top/apps}: the stores (or store/app pairs) with the most
 * events of one alert class over a range, over all instances. A store-limited key sees its own store
 * only, here as everywhere.
 */
final class TopOffendersResource {

    static final int MAX_LIMIT = 100;
    private final Authenticator auth;
    private final QueryParams params;
    private final QueryBackend backend;
    private final GlobalQueries global;

    TopOffendersResource(Authenticator auth, QueryParams params, QueryBackend backend, GlobalQueries global) {
        this.auth = auth;
        this.params = params;
        this.backend = backend;
        this.global = global;
    }

    void topStores(Context ctx) {
        answer(ctx, false);
    }

    void topApps(Context ctx) {
        answer(ctx, true);
    }

    private void answer(Context ctx, boolean perApp) {
        ApiKeys.Grant grant = auth.authenticate(ctx);
        AlertClass alertClass = QueryParams.alertClass(ctx, true);
        TimeRange range = params.range(ctx);
        int limit = QueryParams.limit(ctx, 10, MAX_LIMIT);
        String by = QueryParams.oneOf(ctx, "by", "count", "count", "rate");
        int minRequests = QueryParams.intParam(ctx, "min_requests", 0, 0, Integer.MAX_VALUE);
        String path = perApp ? "/v1/top/apps" : "/v1/top/stores";
        PeerPath peerPath = PeerPath.of(path).param("class", alertClass.wireName()).range(range)
                .param("limit", limit).param("by", by).param("min_requests", minRequests);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("class", alertClass.wireName());
        header.put("from", range.from().toString());
        header.put("to", range.to().toString());
        header.put("by", by);
        Comparator<Map<String, Object>> order = perApp
                ? GlobalQueries.byNumberDescending(by, "store", "app")
                : GlobalQueries.byNumberDescending(by, "store");
        global.answer(ctx, peerPath.toString(), header,
                () -> local(range, alertClass, perApp, grant, minRequests).stream().sorted(order).limit(limit).toList(),
                row -> grant.sees(String.valueOf(row.get("store"))), order, limit);
    }

    private List<Map<String, Object>> local(TimeRange range, AlertClass alertClass, boolean perApp,
                                            ApiKeys.Grant grant, int minRequests) {
        Map<List<String>, long[]> sums = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.size() > 1 ? k.get(1) : ""));
        for (StoreWindow row : backend.activeWindows(range.from(), range.to())) {
            if (!grant.sees(row.store()) || range.stepIndex(row.window().windowStart()) < 0) {
                continue;
            }
            if (perApp) {
                row.window().counts().apps().forEach((app, counts) -> add(sums, List.of(row.store(), app), counts, alertClass));
            } else {
                add(sums, List.of(row.store()), row.window().counts().total(), alertClass);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        sums.forEach((key, sum) -> {
            if (sum[0] == 0 || sum[1] < minRequests) {
                return;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("store", key.get(0));
            if (perApp) {
                entry.put("app", key.get(1));
            }
            entry.put("count", sum[0]);
            entry.put("requests", sum[1]);
            entry.put("rate", RatesView.rate(sum[0], sum[1]));
            rows.add(entry);
        });
        return rows;
    }

    private static void add(Map<List<String>, long[]> sums, List<String> key, TrafficCounts counts, AlertClass alertClass) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += counts.alertClass(alertClass);
        sum[1] += counts.requests();
    }
}
