package io.errorpulse.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.NamingConvention;
import io.micrometer.prometheusmetrics.PrometheusNamingConvention;
import java.util.List;
import java.util.Map;

/**
 * Prometheus names that {@code promtool check metrics} accepts, given as the registry's naming
 * convention (applied when a meter is exposed), on top of Micrometer's own Prometheus convention:
 * <ul>
 *   <li>name parts promtool reads as abbreviated units ({@code ns}, {@code ms}, {@code us} in Kafka's
 *       {@code io-time-ns-total}, {@code start-time-ms}) are spelt {@code nanos}, {@code millis},
 *       {@code micros}: the values stay as Kafka reports them, and the spelt-out prefixed units
 *       ({@code nanoseconds}) would in turn be rejected as non-base units;</li>
 *   <li>gauges whose name would end in {@code _count}, {@code _sum}, {@code _bucket} or {@code _total}
 *       (e.g. {@code system.cpu.count}, Kafka's {@code connection-count}) get a {@code _current} suffix:
 *       promtool reserves those suffixes for histograms, summaries and counters.</li>
 * </ul>
 * A convention, not a meter filter: a filter would rename the meters themselves, and Micrometer's Kafka
 * binders find the meters they registered by the names they gave them. At their minutely refresh they
 * registered every renamed meter again (logging a warning) and could not remove the meters of metrics
 * Kafka had dropped.
 */
final class PromtoolNaming implements NamingConvention {

    /** promtool's unit abbreviations that occur in meter names, and how they are spelt here. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("ns", "nanos", "us", "micros", "ms", "millis",
            "sec", "seconds", "s", "seconds");
    private static final List<String> RESERVED_SUFFIXES = List.of(".count", "-count", "_count", ".sum", "-sum",
            ".bucket", ".total", "-total");

    private final NamingConvention prometheus = new PrometheusNamingConvention();

    @Override
    public String name(String name, Meter.Type type, String baseUnit) {
        String spelt = spellAbbreviatedUnits(name);
        if (type == Meter.Type.GAUGE && RESERVED_SUFFIXES.stream().anyMatch(spelt::endsWith)) {
            spelt += ".current";
        }
        return prometheus.name(spelt, type, baseUnit);
    }

    @Override
    public String tagKey(String key) {
        return prometheus.tagKey(key);
    }

    @Override
    public String tagValue(String value) {
        return prometheus.tagValue(value);
    }

    static String spellAbbreviatedUnits(String name) {
        String[] parts = name.split("[.\\-_]");
        boolean changed = false;
        StringBuilder spelt = new StringBuilder();
        for (String part : parts) {
            String word = ABBREVIATIONS.getOrDefault(part, part);
            changed |= !word.equals(part);
            spelt.append(spelt.length() == 0 ? "" : ".").append(word);
        }
        return changed ? spelt.toString() : name;
    }
}
