package io.errorpulse.connect.delivery;

import java.util.LinkedHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.sink.SinkTaskContext;

/**
 * What a task did with alerts, as cumulative counters in Connect's plugin metrics (JMX group
 * {@code kafka.connect:type=plugins}, tagged with connector and task), so that an operator can alert
 * on retries and failed alerts without reading logs. On workers older than Connect 4.1, which have
 * no plugin metrics, the counters are kept but not exposed.
 */
public final class DeliveryMetrics {

    private final LongAdder delivered = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder failed = new LongAdder();

    /** Counters registered with the task's plugin metrics, when the worker offers them. */
    public static DeliveryMetrics registeredWith(SinkTaskContext context) {
        DeliveryMetrics metrics = new DeliveryMetrics();
        PluginMetrics plugin;
        try {
            plugin = context.pluginMetrics();
        } catch (NoSuchMethodError | NoClassDefFoundError olderWorker) {
            plugin = null;
        }
        if (plugin != null) {
            metrics.register(plugin, "alerts-delivered-total", "Alerts the target accepted.", metrics.delivered);
            metrics.register(plugin, "delivery-retries-total", "Batches retried after a 5xx, a 429 or an I/O error.",
                    metrics.retries);
            metrics.register(plugin, "alerts-failed-total", "Alerts reported to the dead-letter queue or that failed "
                    + "the task: invalid records, rejected alerts, and alerts still failing after the retries.", metrics.failed);
        }
        return metrics;
    }

    private void register(PluginMetrics plugin, String name, String description, LongAdder counter) {
        plugin.addMetric(plugin.metricName(name, description, new LinkedHashMap<>()),
                (Measurable) (config, now) -> counter.sum());
    }

    void delivered(int alerts) {
        delivered.add(alerts);
    }

    void retried() {
        retries.increment();
    }

    void failed() {
        failed.increment();
    }
}
