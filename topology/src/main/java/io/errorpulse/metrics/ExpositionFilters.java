package io.errorpulse.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meter filters that keep the Prometheus exposition valid for {@code promtool check metrics} and its
 * cardinality bounded:
 * <ul>
 *   <li>{@code process.cpu.time} (exposed in nanoseconds, which promtool rejects as a non-base unit)
 *       is dropped: {@code process.cpu.usage} says the same;</li>
 *   <li>gauges whose Prometheus name would end in {@code _count}, {@code _sum}, {@code _bucket} or
 *       {@code _total} (e.g. {@code system.cpu.count}, Kafka's {@code connection-count}) are renamed
 *       with a {@code .current} suffix: promtool reserves those suffixes for histograms, summaries
 *       and counters;</li>
 *   <li>name parts promtool reads as abbreviated units ({@code ns}, {@code ms}, {@code us} in Kafka's
 *       {@code io-time-ns-total}, {@code start-time-ms}) are spelt {@code nanos}, {@code millis},
 *       {@code micros}: the values stay as Kafka reports them, and the spelt-out prefixed units
 *       ({@code nanoseconds}) would in turn be rejected as non-base units;</li>
 *   <li>a meter without a description gets one naming it, since promtool wants help text;</li>
 *   <li>no meter may carry a {@code store} or {@code app} tag: one series per tenant would grow
 *       without bound.</li>
 * </ul>
 */
public final class ExpositionFilters {

    static final Set<String> DROPPED = Set.of("process.cpu.time");
    static final Set<String> FORBIDDEN_TAGS = Set.of("store", "app");
    private static final List<String> RESERVED_SUFFIXES = List.of(".count", "-count", "_count", ".sum", "-sum",
            ".bucket", ".total", "-total");

    /** promtool's unit abbreviations that occur in meter names, and how they are spelt here. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("ns", "nanos", "us", "micros", "ms", "millis",
            "sec", "seconds", "s", "seconds");

    private ExpositionFilters() {
    }

    public static List<MeterFilter> all() {
        return List.of(dropNonBaseUnits(), spellAbbreviatedUnits(), renameReservedGaugeSuffixes(), describeUndescribed(),
                denyTenantTags());
    }

    static MeterFilter dropNonBaseUnits() {
        return MeterFilter.deny(id -> DROPPED.contains(id.getName()));
    }

    static MeterFilter spellAbbreviatedUnits() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String[] parts = id.getName().split("[.\\-_]");
                boolean changed = false;
                StringBuilder name = new StringBuilder();
                for (String part : parts) {
                    String spelt = ABBREVIATIONS.getOrDefault(part, part);
                    changed |= !spelt.equals(part);
                    name.append(name.length() == 0 ? "" : ".").append(spelt);
                }
                return changed ? id.withName(name.toString()) : id;
            }
        };
    }

    static MeterFilter describeUndescribed() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (id.getDescription() != null && !id.getDescription().isBlank()) {
                    return id;
                }
                return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(),
                        "Meter " + id.getName() + " (no description from its source)", id.getType());
            }
        };
    }

    static MeterFilter renameReservedGaugeSuffixes() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (id.getType() != Meter.Type.GAUGE) {
                    return id;
                }
                for (String suffix : RESERVED_SUFFIXES) {
                    if (id.getName().endsWith(suffix)) {
                        return id.withName(id.getName() + ".current");
                    }
                }
                return id;
            }
        };
    }

    static MeterFilter denyTenantTags() {
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                for (String tag : FORBIDDEN_TAGS) {
                    if (id.getTag(tag) != null) {
                        return MeterFilterReply.DENY;
                    }
                }
                return MeterFilterReply.NEUTRAL;
            }
        };
    }
}
