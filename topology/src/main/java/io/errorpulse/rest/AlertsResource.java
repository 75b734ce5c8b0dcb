package io.errorpulse.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorpulse.detect.AlertRecord;
import io.errorpulse.envelope.AlertClass;
import io.errorpulse.query.QueryBackend;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/alerts}: the alerts firing now over all instances (the latest transition of each
 * fingerprint on the alerts topic), optionally for one store and one class, in the alert record
 * format of docs/alert-record.md.
 */
final class AlertsResource {

    static final int MAX_LIMIT = 1000;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** Newest first; the fingerprint makes the order total. */
    private static final Comparator<Map<String, Object>> ORDER = Comparator
            .comparing((Map<String, Object> row) -> String.valueOf(row.get("startsAt"))).reversed()
            .thenComparing(row -> String.valueOf(row.get("fingerprint")));

    private final Authenticator auth;
    private final QueryBackend backend;
    private final GlobalQueries global;
    private final ObjectMapper json;

    AlertsResource(Authenticator auth, QueryBackend backend, GlobalQueries global, ObjectMapper json) {
        this.auth = auth;
        this.backend = backend;
        this.global = global;
        this.json = json;
    }

    void activeAlerts(Context ctx) {
        ApiKeys.Grant grant = auth.authenticate(ctx);
        String store = QueryParams.optionalId(ctx, "store");
        if (store != null && !grant.sees(store)) {
            throw ApiError.notFound("no store " + QueryParams.printable(store));
        }
        AlertClass alertClass = QueryParams.alertClass(ctx, false);
        int limit = QueryParams.limit(ctx, 100, MAX_LIMIT);
        PeerPath peerPath = PeerPath.of("/v1/alerts").param("store", store)
                .param("class", alertClass == null ? null : alertClass.wireName()).param("limit", limit);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("store", store);
        header.put("class", alertClass == null ? null : alertClass.wireName());
        global.answer(ctx, peerPath.toString(), header,
                () -> local(grant, store, alertClass).stream().sorted(ORDER).limit(limit).toList(),
                row -> grant.sees(storeOf(row)), ORDER, limit);
    }

    private List<Map<String, Object>> local(ApiKeys.Grant grant, String store, AlertClass alertClass) {
        return backend.activeAlerts().stream()
                .filter(AlertRecord::firing)
                .filter(alert -> alert.labels() != null && grant.sees(alert.labels().get("store")))
                .filter(alert -> store == null || store.equals(alert.labels().get("store")))
                .filter(alert -> alertClass == null || alertClass.wireName().equals(alert.labels().get("alert_class")))
                .map(alert -> json.convertValue(alert, MAP))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String storeOf(Map<String, Object> row) {
        return row.get("labels") instanceof Map<?, ?> labels ? String.valueOf(((Map<String, Object>) labels).get("store")) : "";
    }
}
