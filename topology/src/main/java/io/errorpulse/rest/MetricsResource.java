package io.errorpulse.rest;

import io.errorpulse.metrics.PrometheusMetrics;
import io.javalin.http.Context;

/** {@code /metrics}: the Prometheus text exposition; behind an API key unless configured open. */
final class MetricsResource {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final PrometheusMetrics metrics;
    private final Authenticator auth;

    /** @param auth null when the metrics are open */
    MetricsResource(PrometheusMetrics metrics, Authenticator auth) {
        this.metrics = metrics;
        this.auth = auth;
    }

    void scrape(Context ctx) {
        if (auth != null) {
            auth.authenticate(ctx);
        }
        ctx.contentType(CONTENT_TYPE).result(metrics.scrape());
    }
}
