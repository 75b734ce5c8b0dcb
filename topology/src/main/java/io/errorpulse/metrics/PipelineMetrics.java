package io.errorpulse.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/**
 * The pipeline's own counters, on Micrometer's global registry (the REST server's Prometheus registry
 * joins it at start). No tag per store or app: cardinality stays bounded.
 */
public final class PipelineMetrics {

    private static final MeterRegistry REGISTRY = Metrics.globalRegistry;

    private PipelineMetrics() {
    }

    /** Access-log records read and classified. */
    public static Counter recordsRead() {
        return Counter.builder("errorpulse.records.read").description("Access-log records read and classified")
                .register(REGISTRY);
    }

    /** Records sent to the dead-letter topic, by reason (a small fixed set). */
    public static Counter deadLettered(String reason) {
        return Counter.builder("errorpulse.records.dead.lettered").description("Records sent to the dead-letter topic")
                .tag("reason", reason).register(REGISTRY);
    }

    /** Records that arrived after their window's grace period. */
    public static Counter lateRecords() {
        return Counter.builder("errorpulse.records.late").description("Records later than the grace period")
                .register(REGISTRY);
    }

    /** Records whose logged time ran too far ahead of their Kafka timestamp (windowed by the latter). */
    public static Counter futureEventTimes() {
        return Counter.builder("errorpulse.records.future.event.time")
                .description("Records whose logged time was too far ahead of their Kafka timestamp")
                .register(REGISTRY);
    }

    /** Alert transitions published, by class and status (firing, resolved). */
    public static Counter alerts(String alertClass, String status) {
        return Counter.builder("errorpulse.alerts").description("Alert transitions published")
                .tag("alert_class", alertClass).tag("status", status).register(REGISTRY);
    }
}
