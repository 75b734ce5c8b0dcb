package io.errorpulse.metrics;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The Prometheus registry of one instance: JVM and process meters, Kafka Streams' own metrics
 * (through {@link KafkaStreamsMetrics}), the REST latency timer, and, because the registry joins
 * Micrometer's global registry, the pipeline counters of {@link PipelineMetrics}.
 *
 * <p>The names of {@link PromtoolNaming} and the filters of {@link ExpositionFilters} are set before any
 * meter registers, so no meter escapes them. The binders are held here (strongly) for the life of the instance: Micrometer gauges only
 * hold their object weakly, and a collected binder would read NaN.
 */
public final class PrometheusMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Every binder, held for the life of the registry (their gauges refer to them weakly). */
    private final List<MeterBinder> bound = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final RestMetrics rest;

    public PrometheusMetrics() {
        registry.config().namingConvention(new PromtoolNaming());
        ExpositionFilters.all().forEach(registry.config()::meterFilter);
        for (MeterBinder binder : List.of(new ClassLoaderMetrics(), new JvmMemoryMetrics(), new JvmThreadMetrics(),
                new ProcessorMetrics(), new UptimeMetrics())) {
            binder.bindTo(registry);
            bound.add(binder);
        }
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        bound.add(gc);
        closeables.add(gc);
        rest = new RestMetrics(registry);
        Metrics.addRegistry(registry);
    }

    /** Binds Kafka Streams' client, thread, task and store metrics; call once the instance is built. */
    public PrometheusMetrics bind(KafkaStreams streams) {
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        bound.add(streamsMetrics);
        closeables.add(streamsMetrics);
        return this;
    }

    public RestMetrics rest() {
        return rest;
    }

    /** The text exposition format (version 0.0.4), as {@code promtool check metrics} reads it. */
    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        Metrics.removeRegistry(registry);
        for (AutoCloseable binder : closeables) {
            try {
                binder.close();
            } catch (Exception e) {
                // Closing a binder only unregisters listeners; nothing to recover.
            }
        }
        registry.close();
    }
}
