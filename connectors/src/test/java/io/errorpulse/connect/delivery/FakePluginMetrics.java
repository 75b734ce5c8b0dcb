package io.errorpulse.connect.delivery;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.Sensor;

/** Plugin metrics that keep the registered providers, to read them back in tests. */
final class FakePluginMetrics implements PluginMetrics {

    private final Map<String, MetricValueProvider<?>> metrics = new HashMap<>();

    Object value(String name) {
        return metrics.get(name).value(new MetricConfig(), 0L);
    }

    @Override
    public MetricName metricName(String name, String description, LinkedHashMap<String, String> tags) {
        return new MetricName(name, "plugins", description, tags);
    }

    @Override
    public void addMetric(MetricName metricName, MetricValueProvider<?> provider) {
        metrics.put(metricName.name(), provider);
    }

    @Override
    public void removeMetric(MetricName metricName) {
        metrics.remove(metricName.name());
    }

    @Override
    public Sensor addSensor(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeSensor(String name) {
    }
}
