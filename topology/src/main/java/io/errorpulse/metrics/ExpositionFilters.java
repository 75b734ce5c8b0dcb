package io.errorpulse.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.List;
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
 *   <li>no meter may carry a {@code store} or {@code app} tag: one series per tenant would grow
 *       without bound.</li>
 * </ul>
 */
public final class ExpositionFilters {

    static final Set<String> DROPPED = Set.of("process.cpu.time");
    static final Set<String> FORBIDDEN_TAGS = Set.of("store", "app");
    private static final List<String> RESERVED_SUFFIXES = List.of(".count", "-count", "_count", ".sum", "-sum",
            ".bucket", ".total", "-total");

    private ExpositionFilters() {
    }

    public static List<MeterFilter> all() {
        return List.of(dropNonBaseUnits(), renameReservedGaugeSuffixes(), denyTenantTags());
    }

    static MeterFilter dropNonBaseUnits() {
        return MeterFilter.deny(id -> DROPPED.contains(id.getName()));
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
