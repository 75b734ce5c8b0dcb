package io.errorpulse.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
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
 *   <li>a meter without a description gets one naming it, since promtool wants help text;</li>
 *   <li>no meter may carry a {@code store} or {@code app} tag: one series per tenant would grow
 *       without bound.</li>
 * </ul>
 * The names promtool accepts are the registry's naming convention, {@link PromtoolNaming}: filters that
 * renamed meters broke Micrometer's Kafka binders.
 */
public final class ExpositionFilters {

    static final Set<String> DROPPED = Set.of("process.cpu.time");
    static final Set<String> FORBIDDEN_TAGS = Set.of("store", "app");

    private ExpositionFilters() {
    }

    public static List<MeterFilter> all() {
        return List.of(dropNonBaseUnits(), describeUndescribed(), denyTenantTags());
    }

    static MeterFilter dropNonBaseUnits() {
        return MeterFilter.deny(id -> DROPPED.contains(id.getName()));
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
