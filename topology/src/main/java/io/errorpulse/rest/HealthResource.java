package io.errorpulse.rest;

import io.errorpulse.query.QueryBackend;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /healthz}: the process answers (for a liveness probe: restart when it does not).
 * {@code /readyz}: Kafka Streams runs and the stores answer (for a readiness probe: route queries
 * elsewhere while it does not, e.g. during a restore).
 */
final class HealthResource {

    private final QueryBackend backend;

    HealthResource(QueryBackend backend) {
        this.backend = backend;
    }

    void alive(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    void ready(Context ctx) {
        boolean ready = backend.ready();
        if (!ready) {
            ctx.header("Retry-After", String.valueOf(ApiError.RETRY_AFTER_SECONDS));
        }
        ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "ready" : "not_ready", "instance", backend.self()));
    }
}
