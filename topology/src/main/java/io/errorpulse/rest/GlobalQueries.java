package io.errorpulse.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorpulse.query.InstanceClient;
import io.errorpulse.query.InstanceClient.PeerAnswer;
import io.errorpulse.query.QueryBackend;
import io.errorpulse.query.StoreUnavailableException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Answers a global view: asks every instance for its local part in parallel (this one directly, the
 * others over HTTP with {@code X-Errorpulse-Scope: local} and the caller's credentials), waits at
 * most the peer timeout, merges what came back and says which instances answered and which did not.
 * Each instance contributes its active partitions only, so the parts never overlap and a top-N of
 * top-Ns is exact.
 */
final class GlobalQueries {

    /** One row of a global view, as JSON. */
    interface Entries extends Supplier<List<Map<String, Object>>> {
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final QueryBackend backend;
    private final InstanceClient peers;
    private final ObjectMapper json;

    GlobalQueries(QueryBackend backend, InstanceClient peers, ObjectMapper json) {
        this.backend = backend;
        this.peers = peers;
        this.json = json;
    }

    /**
     * @param pathAndQuery the canonical request each instance is asked
     * @param header       fields of the answer before its entries (the resolved parameters)
     * @param local        this instance's part, already filtered for the caller's key
     * @param visible      whether the caller's key may see a merged row (a store-limited key: its store only)
     */
    void answer(Context ctx, String pathAndQuery, Map<String, Object> header, Entries local,
                java.util.function.Predicate<Map<String, Object>> visible,
                Comparator<Map<String, Object>> order, int limit) {
        if (PeerHeaders.SCOPE_LOCAL.equals(ctx.header(PeerHeaders.SCOPE))) {
            ctx.json(Map.of("instance", backend.self(), "entries", localPart(local)));
            return;
        }
        long deadline = System.nanoTime() + peers.timeout().toNanos();
        Map<String, CompletableFuture<PeerAnswer>> asked = new LinkedHashMap<>();
        Map<String, String> headers = Map.of("Authorization", ctx.header("Authorization"),
                PeerHeaders.SCOPE, PeerHeaders.SCOPE_LOCAL, PeerHeaders.REQUEST_ID, RestServer.requestId(ctx));
        for (String instance : backend.instances()) {
            if (!instance.equals(backend.self())) {
                asked.put(instance, peers.get(instance, pathAndQuery, headers));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        List<Map<String, String>> failed = new ArrayList<>();
        try {
            rows.addAll(localPart(local));
            answered.add(backend.self());
        } catch (ApiError.Failure e) {
            failed.add(Map.of("instance", backend.self(), "reason", e.getMessage()));
        }
        asked.forEach((instance, future) -> {
            try {
                PeerAnswer answer = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (answer.status() != 200) {
                    failed.add(Map.of("instance", instance, "reason", "status " + answer.status()));
                    return;
                }
                rows.addAll(entries(answer.body()));
                answered.add(instance);
            } catch (TimeoutException e) {
                future.cancel(true);
                failed.add(Map.of("instance", instance, "reason", "timeout"));
            } catch (ExecutionException e) {
                failed.add(Map.of("instance", instance, "reason", InstanceClient.describe(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(Map.of("instance", instance, "reason", "interrupted"));
            } catch (java.io.IOException | RuntimeException e) {
                failed.add(Map.of("instance", instance, "reason", "unreadable answer"));
            }
        });
        if (answered.isEmpty()) {
            throw ApiError.unavailable("no instance could answer right now (rebalance or restore in progress)");
        }
        List<Map<String, Object>> merged = rows.stream().filter(visible).sorted(order).limit(limit).toList();
        Map<String, Object> answer = new LinkedHashMap<>(header);
        answer.put("entries", merged);
        answer.put("instances", Map.of("answered", answered, "failed", failed));
        answer.put("complete", failed.isEmpty());
        ctx.json(answer);
    }

    private static List<Map<String, Object>> localPart(Entries local) {
        try {
            return local.get();
        } catch (StoreUnavailableException e) {
            throw ApiError.unavailable(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries(byte[] body) throws java.io.IOException {
        Object entries = json.readValue(body, MAP).get("entries");
        if (!(entries instanceof List<?> list)) {
            throw new java.io.IOException("no entries");
        }
        return (List<Map<String, Object>>) list;
    }

    /** Orders rows by a numeric field, largest first, then by the given text fields. */
    static Comparator<Map<String, Object>> byNumberDescending(String field, String... ties) {
        Comparator<Map<String, Object>> order = Comparator.comparingDouble(
                (Map<String, Object> row) -> row.get(field) instanceof Number n ? n.doubleValue() : 0.0).reversed();
        for (String tie : ties) {
            order = order.thenComparing(row -> String.valueOf(row.get(tie)));
        }
        return order;
    }
}
